package dev.digitarcade.training.cli;

import dev.digitarcade.training.train.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a newly trained model may replace the model already at {@code --out}: only if its
 * test accuracy is at least {@code floor} and at most {@code maxDrop} below the accuracy on the
 * existing model's card (MODEL.md; without a readable card only the floor applies). Into a new
 * or empty directory any model goes; {@code --force} skips the gate.
 */
record ReplaceGate(double floor, double maxDrop) {

  /** 99 % at least, and no more than half a point worse than the model it replaces. */
  static final ReplaceGate DEFAULT = new ReplaceGate(0.99, 0.005);

  /** The results line {@code train.ModelCard} writes: "- Test accuracy: **99.56 %** (9956 of 10000)". */
  private static final Pattern CARD_LINE =
      Pattern.compile("(?m)^- Test accuracy: \\*\\*[0-9.]+ %\\*\\* \\((\\d+) of (\\d+)\\)");
  private static final long MAX_CARD_BYTES = 1 << 20;

  /** The test accuracy on the card of the model in {@code modelDir}, if it has a readable one. */
  static OptionalDouble cardAccuracy(Path modelDir) {
    Path card = modelDir.resolve("MODEL.md");
    try {
      if (!Files.isRegularFile(card) || Files.size(card) > MAX_CARD_BYTES) {
        return OptionalDouble.empty();
      }
      Matcher m = CARD_LINE.matcher(Files.readString(card, StandardCharsets.UTF_8));
      if (!m.find()) {
        return OptionalDouble.empty();
      }
      long correct = Long.parseLong(m.group(1));
      long count = Long.parseLong(m.group(2));
      return count > 0 && correct <= count ? OptionalDouble.of(correct / (double) count) : OptionalDouble.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }

  /** Why {@code fresh} may not replace a model whose card says {@code existing}; empty if it may. */
  Optional<String> refusal(Evaluation fresh, OptionalDouble existing) {
    double acc = fresh.accuracy();
    String why;
    if (acc < floor) {
      why = String.format(Locale.ROOT, "below the %.2f %% floor", 100 * floor);
    } else if (existing.isPresent() && acc < existing.getAsDouble() - maxDrop) {
      why = String.format(Locale.ROOT, "more than %.2f points worse", 100 * maxDrop);
    } else {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "new model %.2f %% (%d of %d test images)%s: %s",
        100 * acc, fresh.correct(), fresh.count(),
        existing.isPresent() ? String.format(Locale.ROOT, ", existing model %.2f %% on its card",
            100 * existing.getAsDouble()) : "", why));
  }
}
