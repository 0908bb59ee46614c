package dev.digitarcade.model.natives;

import java.util.Optional;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Constant;
import org.tensorflow.proto.ConfigProto;

/**
 * Loads TensorFlow's native library at a fixed point, quietly unless asked otherwise.
 *
 * <p>TensorFlow logs on two channels. Its own (lines like {@code 2026-... I tensorflow/...})
 * obeys {@code TF_CPP_MIN_LOG_LEVEL}, read from the environment, so that is set before the
 * library loads. The other is a private copy of absl's logging inside {@code
 * libtensorflow_cc}, which no variable reaches (measured with TensorFlow 2.18: levels 1-3 and
 * {@code TF_CPP_MAX_VLOG_LEVEL} all leave {@code WARNING: All log messages before
 * absl::InitializeLog() ...} and {@code I0000 ... mlir_graph_optimization_pass.cc ... MLIR V1
 * optimization pass is not enabled}); its symbols are not exported, so it cannot be configured
 * either. Both lines are printed once per process, by the first session run. So a quiet start
 * runs one tiny graph with file descriptor 2 pointed at {@code /dev/null}, then restores it:
 * later errors still reach stderr.
 */
public final class TensorFlowStartup {

  /** Errors only: TensorFlow's informational and warning lines mean nothing to a user. */
  static final String QUIET_LEVEL = "2";

  private TensorFlowStartup() {}

  /**
   * Loads TensorFlow now. Unless {@code verbose}, first sets {@code TF_CPP_MIN_LOG_LEVEL=2}
   * (unless the user set it) and then swallows absl's one-time start-up lines. A user who set
   * {@code TF_CPP_MIN_LOG_LEVEL=0} gets everything, as with {@code verbose}.
   *
   * @return the TensorFlow version
   */
  public static String load(boolean verbose) {
    return load(verbose, DEFAULTS);
  }

  /**
   * As {@link #load(boolean)}, the start-up session made with {@code config} (which sizes
   * TensorFlow's process-wide thread pools: {@link #SINGLE_IMAGE} or {@link #DEFAULTS}).
   */
  public static String load(boolean verbose, ConfigProto config) {
    boolean quiet = !verbose && !"0".equals(System.getenv("TF_CPP_MIN_LOG_LEVEL"));
    if (quiet) {
      NativeEnv.setIfUnset("TF_CPP_MIN_LOG_LEVEL", QUIET_LEVEL);
    }
    String version = TensorFlow.version();
    if (quiet) {
      withStderrMuted(() -> runOnce(config));
    } else {
      runOnce(config);
    }
    return version;
  }

  /**
   * For programs that read one image at a time (the game, predict): one intra-op thread, ops on
   * the calling thread. TensorFlow sizes its process-wide thread pools from the first session
   * made, so the start-up session must ask for what the program's sessions will: made with
   * TensorFlow's defaults, it left every later single-image call paying a hand-off to a pool
   * (TF call p50 0.27 -> 0.52 ms in the game's {@code bench}).
   */
  public static final ConfigProto SINGLE_IMAGE =
      ConfigProto.newBuilder().setIntraOpParallelismThreads(1).setInterOpParallelismThreads(-1).build();

  /** For training: TensorFlow's own defaults (a pool as wide as the machine). */
  public static final ConfigProto DEFAULTS = ConfigProto.getDefaultInstance();

  /** One session run of a constant: what triggers absl's start-up lines. */
  private static void runOnce(ConfigProto config) {
    try (Graph g = new Graph(); Session s = new Session(g, config)) {
      Constant<?> c = Ops.create(g).constant(1f);
      try (Result r = s.runner().fetch(c).run()) {
        if (r.size() != 1) {
          throw new IllegalStateException("TensorFlow returned " + r.size() + " results for one fetch");
        }
      }
    }
  }

  /** Runs {@code action} with file descriptor 2 on /dev/null (just runs it where that cannot be done). */
  static void withStderrMuted(Runnable action) {
    Optional<Libc> libc = Libc.open();
    if (libc.isEmpty()) {
      action.run();
      return;
    }
    try (Libc c = libc.get()) {
      int saved = c.dup(Libc.STDERR);
      int nul = saved < 0 ? -1 : c.openWriteOnly("/dev/null");
      boolean muted = nul >= 0 && c.dup2(nul, Libc.STDERR) >= 0;
      try {
        action.run();
      } finally {
        System.err.flush();
        if (muted) {
          c.dup2(saved, Libc.STDERR);
        }
        c.closeFd(nul);
        c.closeFd(saved);
      }
    }
  }
}
