package dev.digitarcade.game.profile.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.io.OutputFile;
import dev.digitarcade.game.profile.ProfileStore;
import dev.digitarcade.model.profile.Example;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.segment.Stroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code digit-arcade export --profile DIR --format ndjson|png OUT}: the player's labelled drawings.
 * {@code ndjson}: one JSON object a line in the Quick, Draw! manner ({@code word}, {@code key_id},
 * {@code recognized}, {@code timestamp}, {@code drawing}: per stroke {@code [[x...], [y...], [t...]]}
 * in canvas pixels and milliseconds from the first point; empty when the strokes are not known),
 * plus {@code canvas} and {@code input} (the 28x28 model input, bytes in Base64), written atomically
 * to the file OUT. {@code png}: OUT/D/ID.png, the 28x28 input (white ink on black) of each example
 * of digit D; an existing file is never written over. Exit codes: 0 written; 1 a write failed; 2 bad
 * usage.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a player's taught drawings as Quick, Draw!-style ndjson (strokes with timing) or PNG files per digit.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:written", "1:a file could not be written (see stderr)", "2:bad usage"})
public final class ExportCommand implements Callable<Integer> {

  /** The two kinds of export. */
  enum Format { ndjson, png }

  @Option(names = "--profile", paramLabel = "DIR", description = "Profile directory (default: the player's).")
  Path profile;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "ndjson or png.")
  Format format;

  @Parameters(index = "0", paramLabel = "OUT", description = "The ndjson file, or the directory for the PNG files.")
  Path target;

  private final PrintWriter out;
  private final PrintWriter err;
  private final ObjectMapper json = new ObjectMapper();

  public ExportCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    ProfileStore store = ProfileStore.open(TeachCommand.profileDir(profile), w -> err.println("export: " + w));
    try {
      int n = format == Format.ndjson ? ndjson(store) : png(store);
      out.println("exported " + n + " example" + (n == 1 ? "" : "s") + " to " + target);
      out.flush();
      err.flush();
      return n < 0 ? 1 : 0;
    } catch (IOException e) {
      err.println("export: cannot write " + target + " (" + IoErrors.describe(e) + ")");
      err.flush();
      return 1;
    }
  }

  private int ndjson(ProfileStore store) throws IOException {
    if (Files.isDirectory(target)) {
      err.println("export: " + target + " is a directory (expected a file name for the ndjson lines)");
      throw new IOException("is a directory");
    }
    StringBuilder sb = new StringBuilder();
    for (Example e : store.current().examples()) {
      ObjectNode o = json.createObjectNode().put("word", Integer.toString(e.digit())).put("key_id", e.id())
          .put("recognized", true).put("timestamp", Instant.ofEpochMilli(e.createdMillis()).toString())
          .put("canvas", e.canvas());
      ArrayNode drawing = o.putArray("drawing");
      double t0 = e.strokes().isEmpty() ? 0 : e.strokes().get(0).startTime();
      for (Stroke s : e.strokes()) {
        ArrayNode st = drawing.addArray();
        ArrayNode xs = st.addArray();
        ArrayNode ys = st.addArray();
        ArrayNode ts = st.addArray();
        for (Stroke.Point p : s.points()) {
          xs.add(Math.round(p.x() * 10) / 10.0);
          ys.add(Math.round(p.y() * 10) / 10.0);
          ts.add(Math.round((p.t() - t0) * 1000));
        }
      }
      o.put("input", Base64.getEncoder().encodeToString(bytes(e)));
      sb.append(json.writeValueAsString(o)).append('\n');
    }
    OutputFile.write(target, sb.toString().getBytes(StandardCharsets.UTF_8));
    return store.current().size();
  }

  private int png(ProfileStore store) throws IOException {
    int written = 0;
    boolean failed = false;
    for (Example e : store.current().examples()) {
      Path dir = target.resolve(Integer.toString(e.digit()));
      Files.createDirectories(dir);
      Path f = dir.resolve(e.id() + ".png");
      if (Files.exists(f)) {
        err.println("export: " + f + " exists; not written over");
        failed = true;
        continue;
      }
      BufferedImage img = new BufferedImage(MnistInput.SIDE, MnistInput.SIDE, BufferedImage.TYPE_BYTE_GRAY);
      img.getRaster().setDataElements(0, 0, MnistInput.SIDE, MnistInput.SIDE, bytes(e));
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      ImageIO.write(img, "png", buf);
      OutputFile.write(f, buf.toByteArray());
      written++;
    }
    return failed ? -1 : written;
  }

  private static byte[] bytes(Example e) {
    byte[] px = new byte[MnistInput.SIZE];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) Math.round(e.input()[i] * 255f);
    }
    return px;
  }
}
