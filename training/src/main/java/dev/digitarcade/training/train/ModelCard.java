package dev.digitarcade.training.train;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.training.insight.Plots;
import dev.digitarcade.training.insight.TrainingPlot;
import dev.digitarcade.training.model.NetworkSpec;
import java.util.List;
import java.util.Locale;

/** Writes MODEL.md: what the shipped model is, how it was made, and how well it does. */
final class ModelCard {
  private ModelCard() {}

  static String text(TrainConfig c, Trainer.Provenance p, Evaluation e, double wallSeconds, double trainSeconds,
      double imagesPerSecond, List<Double> epochSeconds, long savedModelBytes, int trainCount) {
    if (e.count() == 0) {
      throw new IllegalArgumentException("no model card without a test: the model was evaluated on 0 images");
    }
    StringBuilder b = new StringBuilder();
    b.append("# Digit Arcade model\n\n");
    b.append("Written by `digit-trainer train`; regenerate it with the command below rather than editing.\n\n");
    b.append("## Contract\n\n");
    b.append(String.format(Locale.ROOT,
        "SavedModel, tag `%s`, signature `%s`: input `%s` float32 [N,28,28,1] in [0,1] (white ink on black, "
            + "normalised by the MNIST recipe), outputs `%s` float32 [N,%d] (calibrated softmax over the ten digit "
            + "logits), `%s` and `%s` float32 [N,1] (entries of the softmax over all %d logits), and `%s` float32 "
            + "[N,28,28,1] (the gradient of the top digit's logit with respect to the image: the game's \"why\" view). "
            + "Inference only: batch norm folded into the convolutions, weights stored as graph constants, no optimizer "
            + "state.%n%n",
        ModelContract.TAG, ModelContract.SIGNATURE, ModelContract.INPUT, ModelContract.OUTPUT, ModelContract.CLASSES,
        ModelContract.NOT_DIGIT, ModelContract.FRAGMENT, NetworkSpec.LOGITS, ModelContract.SALIENCY));
    b.append("## Data\n\n").append(p.data()).append(String.format(Locale.ROOT,
        "%n%nTrained on %d training images, evaluated on %d test images.%n%n", trainCount, e.count()));
    b.append("## Command\n\n```\n").append(p.command()).append("\n```\n\n");
    b.append("## Network and training\n\n");
    b.append(String.format(Locale.ROOT,
        "- CNN %s: conv %dx%d/%d, conv 3x3/%d, conv 3x3/%d (each batch norm, ReLU, 2x2 max-pool), dense %d with "
            + "dropout (keep %.2f), dense %d (ten digits, not a digit, fragment), softmax; %d parameters, %.1f M "
            + "multiply-adds per image%n",
        c.spec(), c.spec().k1(), c.spec().k1(), c.spec().c1(), c.spec().c2(), c.spec().c3(), c.spec().hidden(),
        c.keepProbability(), NetworkSpec.LOGITS, c.spec().parameterCount(), c.spec().forwardMacs() / 1e6));
    b.append(String.format(Locale.ROOT,
        "- Adam (beta powers fed per step: deterministic), peak learning rate %.4f, linear warm-up then cosine "
            + "decay; %d epochs, batch %d, seed %d, %d threads%n",
        c.learningRate(), c.epochs(), c.batchSize(), c.seed(), c.threads()));
    b.append("- Augmentation (per image, seeded): `").append(c.augment().spec()).append("`\n\n");
    b.append("## Results\n\n");
    b.append(String.format(Locale.ROOT, "- Test accuracy: **%.2f %%** (%d of %d)%n", 100 * e.accuracy(), e.correct(),
        e.count()));
    double mean = epochSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    b.append(String.format(Locale.ROOT,
        "- Wall time, raw files to exported model: %.1f s (%.1f min); training alone %.1f s; %.1f s per epoch "
            + "including the test pass; %.0f images/s%n",
        wallSeconds, wallSeconds / 60, trainSeconds, mean, imagesPerSecond));
    b.append(String.format(Locale.ROOT, "- Machine: %d cores as seen by the JVM, no GPU; load average at the end %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    b.append(String.format(Locale.ROOT, "- Size: %d bytes (%.2f MB)%n%n", savedModelBytes, savedModelBytes / 1e6));
    b.append("Per-class accuracy:\n\n| digit | accuracy |\n|---|---|\n");
    double[] pc = e.perClass();
    for (int k = 0; k < 10; k++) {
      b.append(String.format(Locale.ROOT, "| %d | %.2f %% |%n", k, 100 * pc[k]));
    }
    b.append("\nConfusion matrix (rows: actual digit, columns: predicted):\n\n```\n");
    String text = e.toText();
    b.append(text.substring(text.indexOf("confusion matrix")));
    b.append("```\n");
    return b.toString();
  }

  /** The card's pictures section: the files {@code train} writes beside it. */
  static String figures() {
    return String.format(Locale.ROOT, "%n## Pictures%n%n"
        + "Loss and accuracy per epoch of this run (training loss and running accuracy over each epoch's batches, "
        + "augmented as configured; test accuracy after each epoch):"
        + "%n%n![Loss and accuracy per epoch](%s)%n%n"
        + "The test set read by the calibrated model: the confusion matrix (rows: true label, columns: reading), "
        + "the accuracy per digit, and the misread images the model was surest of "
        + "(`digit-trainer evaluate --plots DIR` draws the same for any model).%n%n"
        + "![Confusion matrix](%s)%n%n![Accuracy per digit](%s)%n%n![Misread test images](%s)%n",
        TrainingPlot.NAME, Plots.CONFUSION, Plots.PER_CLASS, Plots.MISREAD);
  }
}
