package dev.digitarcade.game.profile.cli;

import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.game.files.DataDirs;
import dev.digitarcade.game.predict.ImageLoader;
import dev.digitarcade.game.predict.InkImage;
import dev.digitarcade.game.profile.KeptDrawing;
import dev.digitarcade.game.profile.ProfileStore;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code digit-arcade teach --profile DIR --digit D FILE...}: each image (PNG or JPEG, read as
 * {@code predict} reads it, the whole ink as one digit) becomes an example of {@code D} in the
 * profile; {@code --kept ID} teaches a drawing "Keep my drawings" kept (its input and strokes; it
 * must have been read as one digit), the only way a kept drawing becomes an example. Exit codes: 0
 * every file taught; 1 a file could not be read or had no ink, or an example
 * could not be written (each one line; the others are still taught); 2 bad usage.
 */
@Command(name = "teach", mixinStandardHelpOptions = true,
    description = "Add images of one digit to a player's handwriting profile.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every file was taught", "1:a file could not be read or written (see stderr)", "2:bad usage"})
public final class TeachCommand implements Callable<Integer> {

  @Option(names = "--profile", paramLabel = "DIR", description = "Profile directory (default: the player's, in the"
      + " user's data directory).")
  Path profile;

  @Option(names = "--digit", paramLabel = "D", required = true, description = "The digit the images show (0-9).")
  int digit;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Images (PNG, JPEG) of the digit.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--kept", paramLabel = "ID", split = ",", description = "Kept drawings (drawings/kept/ID.json) "
      + "of the digit to teach.")
  List<String> kept = new ArrayList<>();

  private final PrintWriter out;
  private final PrintWriter err;

  public TeachCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** The profile directory a command uses: {@code dir}, or the player's default. */
  static Path profileDir(Path dir) {
    return dir != null ? dir : DataDirs.userData().resolve(ProfileStore.DEFAULT_NAME);
  }

  @Override
  public Integer call() {
    if (digit < 0 || digit > 9) {
      err.println("teach: --digit must be 0-9, got " + digit);
      err.flush();
      return 2;
    }
    if (files.isEmpty() && kept.isEmpty()) {
      err.println("teach: no FILE and no --kept ID (expected images or kept drawings of the digit)");
      err.flush();
      return 2;
    }
    ProfileStore store = ProfileStore.open(profileDir(profile), w -> err.println("teach: " + w));
    boolean failed = false;
    int taught = 0;
    if (!kept.isEmpty()) {
      Map<String, KeptDrawing> byId = new HashMap<>();
      store.drawings().all(w -> err.println("teach: " + w)).forEach(d -> byId.put(d.id(), d));
      for (String id : kept) {
        KeptDrawing d = byId.get(id);
        if (d == null || d.inputs().size() != 1) {
          err.println("teach: " + (d == null ? "no kept drawing " + id + " in " + store.drawings().dir()
              : "kept drawing " + id + " was read as " + d.inputs().size() + " digits (expected one)"));
          failed = true;
          continue;
        }
        try {
          store.add(digit, d.inputs().get(0), d.strokes(), d.canvas());
          taught++;
        } catch (IOException e) {
          err.println("teach: cannot write an example into " + profileDir(profile) + " (" + IoErrors.describe(e) + ")");
          failed = true;
        }
      }
    }
    MnistRecipe recipe = new MnistRecipe();
    for (Path f : files) {
      try {
        InkImage img = ImageLoader.load(f);
        Optional<MnistInput> in = recipe.apply(img.ink(), img.width(), img.height());
        if (in.isEmpty()) {
          err.println("teach: " + f + " has no ink (expected a drawing of a " + digit + ")");
          failed = true;
          continue;
        }
        store.add(digit, in.get().pixels(), List.of(), 0);
        taught++;
      } catch (ImageLoader.UnreadableImageException e) {
        err.println("teach: " + e.getMessage());
        failed = true;
      } catch (IOException e) {
        err.println("teach: cannot write an example into " + profileDir(profile) + " (" + IoErrors.describe(e) + ")");
        failed = true;
      }
    }
    out.println("taught " + taught + " example" + (taught == 1 ? "" : "s") + " of " + digit + "; the profile has "
        + store.current().counts()[digit] + " of " + digit + " and " + store.current().size() + " in all");
    out.flush();
    err.flush();
    return failed ? 1 : 0;
  }
}
