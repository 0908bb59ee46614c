package dev.digitarcade.model.classify;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedModel;

/**
 * Checks a SavedModel's graph before TensorFlow sees it. A SavedModel is a program: its graph
 * can read and write files or run other system operations when it is loaded or called. A digit
 * reader needs only arithmetic, so every operation in the graph (and in its function library)
 * must be on {@link #ALLOWED}; anything else is refused before the model is loaded.
 */
final class GraphCheck {
  /** The largest {@code saved_model.pb} read (the shipped one is about 1 MB). */
  static final long MAX_BYTES = 64L << 20;

  /**
   * Operations a convolutional digit reader, its calibration and its gradients are built from.
   * No operation here touches files, the network, the environment or other processes.
   */
  static final Set<String> ALLOWED = Set.of(
      // Graph plumbing and constants.
      "Placeholder", "PlaceholderWithDefault", "Const", "Identity", "IdentityN", "NoOp", "StopGradient",
      // Layers.
      "Conv2D", "DepthwiseConv2dNative", "BiasAdd", "MatMul", "BatchMatMulV2", "MaxPool", "MaxPoolV2",
      "AvgPool", "FusedBatchNorm", "FusedBatchNormV3",
      // Activations and output heads.
      "Relu", "Relu6", "Elu", "Selu", "LeakyRelu", "Sigmoid", "Tanh", "Softmax", "LogSoftmax", "Softplus",
      // Element-wise arithmetic and reductions.
      "Add", "AddV2", "AddN", "Sub", "Mul", "RealDiv", "Div", "DivNoNan", "Neg", "Exp", "Log", "Sqrt", "Rsqrt",
      "Square", "Pow", "Abs", "Maximum", "Minimum", "ClipByValue", "Sum", "Mean", "Max", "Min", "Prod",
      "ArgMax", "Cast", "Less", "LessEqual", "Greater", "GreaterEqual", "Equal", "Select", "SelectV2",
      // Shapes.
      "Reshape", "Shape", "Squeeze", "ExpandDims", "Transpose", "ConcatV2", "Pack", "Unpack", "Slice",
      "StridedSlice", "Fill", "ZerosLike", "OnesLike", "Pad", "Tile", "GatherV2", "OneHot", "Range",
      // Gradients (the saliency output is the gradient of the top digit's logit with respect to the
      // image; the gradient of a reduction needs the index arithmetic of the last line).
      "Conv2DBackpropInput", "Conv2DBackpropFilter", "BiasAddGrad", "ReluGrad", "MaxPoolGrad", "MaxPoolGradV2",
      "SoftmaxGrad", "SigmoidGrad", "TanhGrad", "BroadcastGradientArgs", "BroadcastTo",
      "Size", "Rank", "Mod", "FloorMod", "FloorDiv", "DynamicStitch");

  private GraphCheck() {}

  /**
   * Refuses {@code savedModelPb} unless it parses as a SavedModel whose every operation is allowed.
   *
   * @throws ModelLoadException with a one-line message naming the file and what was wrong
   */
  static void check(Path savedModelPb) throws ModelLoadException {
    SavedModel model;
    try {
      long size = Files.size(savedModelPb);
      if (size == 0) {
        throw new ModelLoadException(savedModelPb + " is empty (expected a SavedModel written by digit-trainer train)");
      }
      if (size > MAX_BYTES) {
        throw new ModelLoadException(savedModelPb + " is " + (size >> 20) + " MB (expected a SavedModel of at most "
            + (MAX_BYTES >> 20) + " MB)");
      }
      try (InputStream in = Files.newInputStream(savedModelPb)) {
        model = SavedModel.parseFrom(in);
      }
    } catch (InvalidProtocolBufferException e) {
      throw new ModelLoadException(savedModelPb + " is not a SavedModel (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new ModelLoadException("cannot read " + savedModelPb + " (" + e + ")", e);
    }
    if (model.getMetaGraphsCount() == 0) {
      throw new ModelLoadException(savedModelPb + " holds no graph (expected a SavedModel written by digit-trainer train)");
    }
    Set<String> refused = new TreeSet<>();
    for (MetaGraphDef graph : model.getMetaGraphsList()) {
      for (NodeDef node : graph.getGraphDef().getNodeList()) {
        collect(node, refused);
      }
      for (FunctionDef function : graph.getGraphDef().getLibrary().getFunctionList()) {
        for (NodeDef node : function.getNodeDefList()) {
          collect(node, refused);
        }
      }
    }
    if (!refused.isEmpty()) {
      throw new ModelLoadException("model " + savedModelPb.getParent() + " was refused: its graph uses operations a digit"
          + " model does not need " + refused + " (a SavedModel is a program: load only models you trust)");
    }
  }

  private static void collect(NodeDef node, Set<String> refused) {
    if (!ALLOWED.contains(node.getOp())) {
      refused.add(node.getOp());
    }
  }
}
