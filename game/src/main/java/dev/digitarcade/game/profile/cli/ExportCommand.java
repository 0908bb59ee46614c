package dev.digitarcade.game.profile.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.io.OutputFile;
import dev.digitarcade.game.profile.KeptDrawing;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
 * of digit D; an existing file is never written over. {@code --with-drawings} adds the drawings
 * "Keep my drawings" kept ({@code drawings/kept}), except those the player taught (their example
 * is already there): in ndjson every one, {@code word} its label ("" when unlabelled), {@code
 * recognized} whether it has one, plus {@code source}, {@code target} and {@code inputs} (one per
 * digit read); as PNG those labelled with one digit and read as one. Exit codes: 0 written; 1 a write failed; 2 bad
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

  @Option(names = "--with-drawings", description = "Also the drawings kept by \"Keep my drawings\" (as PNG: the"
      + " labelled ones).")
  boolean withDrawings;

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
      drawing(o.putArray("drawing"), e.strokes());
      o.put("input", Base64.getEncoder().encodeToString(bytes(e.input())));
      sb.append(json.writeValueAsString(o)).append('\n');
    }
    List<KeptDrawing> kept = kept(store);
    for (KeptDrawing d : kept) {
      ObjectNode o = json.createObjectNode().put("word", d.label().orElse("")).put("key_id", d.id())
          .put("recognized", d.label().isPresent()).put("timestamp", Instant.ofEpochMilli(d.createdMillis()).toString())
          .put("canvas", d.canvas()).put("source", d.source()).put("target", d.target().orElse(null));
      drawing(o.putArray("drawing"), d.strokes());
      ArrayNode inputs = o.putArray("inputs");
      d.inputs().forEach(in -> inputs.add(Base64.getEncoder().encodeToString(bytes(in))));
      sb.append(json.writeValueAsString(o)).append('\n');
    }
    OutputFile.write(target, sb.toString().getBytes(StandardCharsets.UTF_8));
    return store.current().size() + kept.size();
  }

  /** Per stroke {@code [[x...], [y...], [t...]]}, milliseconds from the first point. */
  private static void drawing(ArrayNode drawing, List<Stroke> strokes) {
    double t0 = strokes.isEmpty() ? 0 : strokes.get(0).startTime();
    for (Stroke s : strokes) {
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
  }

  /** The kept drawings to export: none without --with-drawings; never one whose example is exported. */
  private List<KeptDrawing> kept(ProfileStore store) {
    if (!withDrawings) {
      return List.of();
    }
    Set<String> examples = store.current().examples().stream().map(Example::id).collect(Collectors.toSet());
    return store.drawings().all(w -> err.println("export: " + w)).stream()
        .filter(d -> d.taught().map(id -> !examples.contains(id)).orElse(true)).toList();
  }

  private int png(ProfileStore store) throws IOException {
    int written = 0;
    boolean failed = false;
    for (Example e : store.current().examples()) {
      if (png(e.digit(), e.id(), e.input())) {
        written++;
      } else {
        failed = true;
      }
    }
    for (KeptDrawing d : kept(store)) {
      if (d.singleDigit() < 0) {
        continue;
      }
      if (png(d.singleDigit(), d.id(), d.inputs().get(0))) {
        written++;
      } else {
        failed = true;
      }
    }
    return failed ? -1 : written;
  }

  /** Writes OUT/D/ID.png; false (and a line on stderr) when that file exists. */
  private boolean png(int digit, String id, float[] input) throws IOException {
    Path dir = target.resolve(Integer.toString(digit));
    Files.createDirectories(dir);
    Path f = dir.resolve(id + ".png");
    if (Files.exists(f)) {
      err.println("export: " + f + " exists; not written over");
      return false;
    }
    BufferedImage img = new BufferedImage(MnistInput.SIDE, MnistInput.SIDE, BufferedImage.TYPE_BYTE_GRAY);
    img.getRaster().setDataElements(0, 0, MnistInput.SIDE, MnistInput.SIDE, bytes(input));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ImageIO.write(img, "png", buf);
    OutputFile.write(f, buf.toByteArray());
    return true;
  }

  private static byte[] bytes(float[] input) {
    byte[] px = new byte[MnistInput.SIZE];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) Math.round(input[i] * 255f);
    }
    return px;
  }
}
