package dev.digitarcade.training.cli;

import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.natives.TensorFlowStartup;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.drawn.DrawnBenchmarkCommand;
import dev.digitarcade.training.export.ExportRefusedException;
import dev.digitarcade.training.negatives.NegativeBenchCommand;
import dev.digitarcade.training.numbers.NumberBenchCommand;
import dev.digitarcade.training.train.Checkpoint;
import dev.digitarcade.training.writers.WritersBenchCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code digit-trainer}: train, evaluate and benchmark the digit model. */
@Command(name = "digit-trainer", mixinStandardHelpOptions = true, version = "digit-trainer 0.1.0",
    description = {"Trains the Digit Arcade CNN on MNIST, evaluates it, measures it.",
        "train --logdir DIR writes TensorBoard curves (view them with: tensorboard --logdir DIR); train draws "
            + "training.png and the evaluation's pictures beside MODEL.md; evaluate --plots DIR draws those for any "
            + "model."},
    subcommands = {TrainCommand.class, EvaluateCommand.class, BenchCommand.class,
        DrawnBenchmarkCommand.class,
        NegativeBenchCommand.class,
        NumberBenchCommand.class,
        WritersBenchCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the run failed (I/O, TensorFlow)",
        "2:bad usage (unknown option, bad value, an --out that is not a model directory)",
        "3:bad input (missing or corrupt data, model or checkpoint, npm missing)",
        "4:train: the new model is less accurate than the one at --out, which was kept (see --force)"})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;
  public static final int REFUSED = 4;

  @Spec CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Show TensorFlow's own log lines (hidden by default; TF_CPP_MIN_LOG_LEVEL is honoured).")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().getErr().println("digit-trainer: missing command (expected train, evaluate, bench, bench-drawn, bench-negatives or bench-numbers; see --help)");
    throw new UsageException();
  }

  /** Thrown by commands for a usage problem already reported on one line. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line and returns the exit code; never calls System.exit. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(outWriter);
    cl.setErr(errWriter);
    cl.setParameterExceptionHandler((ex, a) -> {
      errWriter.println("digit-trainer: " + oneLine(ex.getMessage()) + " (see --help)");
      return USAGE;
    });
    cl.setExecutionStrategy(parsed -> {
      if (runsACommand(parsed)) {
        // Before any command touches TensorFlow: its native logging is silenced unless asked for.
        try {
          // Training wants TensorFlow's machine-wide pools; the latency bench, single-image calls.
          boolean bench = parsed.subcommand() != null && "bench".equals(parsed.subcommand().commandSpec().name());
          TensorFlowStartup.load(verbose(parsed), bench ? TensorFlowStartup.SINGLE_IMAGE : TensorFlowStartup.DEFAULTS);
        } catch (RuntimeException | LinkageError e) {
          errWriter.println("digit-trainer: TensorFlow could not be loaded: " + e.getClass().getSimpleName() + ": "
              + oneLine(e.getMessage()));
          return FAILED;
        }
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof UsageException) {
        return USAGE;
      }
      if (ex instanceof IllegalArgumentException || ex instanceof ExportRefusedException) {
        errWriter.println("digit-trainer: " + oneLine(ex.getMessage()) + " (see --help)");
        return USAGE;
      }
      if (ex instanceof DataException || ex instanceof ModelLoadException
          || ex instanceof Checkpoint.BadCheckpointException) {
        errWriter.println("digit-trainer: " + oneLine(ex.getMessage()));
        return BAD_INPUT;
      }
      if (ex instanceof IOException) {
        errWriter.println("digit-trainer: " + oneLine(ex.getMessage()));
        return FAILED;
      }
      errWriter.println("digit-trainer: failed: " + ex.getClass().getSimpleName() + ": " + oneLine(ex.getMessage()));
      return FAILED;
    });
    int code = cl.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** A subcommand will run (not help, not version, not a missing command). */
  private static boolean runsACommand(ParseResult parsed) {
    boolean sub = false;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
        return false;
      }
      sub |= p != parsed;
    }
    return sub;
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
