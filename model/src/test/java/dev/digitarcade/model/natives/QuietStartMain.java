package dev.digitarcade.model.natives;

import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

/** Child process of {@link TensorFlowStartupTest}: loads TensorFlow as a command would, then runs a graph. */
final class QuietStartMain {
  private QuietStartMain() {}

  public static void main(String[] args) {
    TensorFlowStartup.load(args.length > 0 && args[0].equals("--verbose"));
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      try (Result r = s.runner().fetch(tf.math.add(tf.constant(2f), tf.constant(3f))).run()) {
        System.out.println("ran " + r.size());
      }
    }
    System.err.println("own line");
  }
}
