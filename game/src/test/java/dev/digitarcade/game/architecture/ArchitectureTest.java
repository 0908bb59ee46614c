package dev.digitarcade.game.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.install.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules that a reviewer would otherwise check by eye, over the sources of every
 * module: no package cycles (dependencies point one way), no main source file over 450 lines,
 * no inline fully qualified names of the project's own classes.
 */
class ArchitectureTest {
  private static final Path ROOT = Installation.current().home();
  private static final List<String> MODULES = List.of("engine", "model", "training", "game");
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.digitarcade\\.[\\w.]+)\\.[\\w*]+;",
      Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("[^\\w.](dev\\.digitarcade\\.[a-z.]+\\.[A-Z]\\w*)");

  private static List<Path> sources(String module) throws IOException {
    Path dir = ROOT.resolve(module).resolve("src/main/java");
    assertThat(dir).as("sources of module %s", module).isDirectory();
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Package -> the project packages its files import (static imports name a class: its package is taken). */
  static Map<String, Set<String>> packageGraph(List<Path> files) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    Set<String> packages = new TreeSet<>();
    Map<Path, String> text = new HashMap<>();
    for (Path f : files) {
      String s = Files.readString(f);
      text.put(f, s);
      Matcher p = PACKAGE.matcher(s);
      if (p.find()) {
        packages.add(p.group(1));
      }
    }
    for (Path f : files) {
      String s = text.get(f);
      Matcher p = PACKAGE.matcher(s);
      if (!p.find()) {
        continue;
      }
      String from = p.group(1);
      Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
      Matcher m = IMPORT.matcher(s);
      while (m.find()) {
        String target = m.group(1);
        while (!packages.contains(target) && target.contains(".")) {
          target = target.substring(0, target.lastIndexOf('.')); // a nested class or a static member
        }
        if (packages.contains(target) && !target.equals(from)) {
          to.add(target);
        }
      }
    }
    return graph;
  }

  /** The strongly connected components with more than one package (Tarjan's algorithm). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    int[] counter = {0};
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, out, counter);
      }
    }
    return out;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]++);
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, out, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        out.add(component);
      }
    }
  }

  /** The code of a source file without comments, string literals, package and import lines. */
  static String code(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ")
        .replaceAll("\"(?:[^\"\\\\\n]|\\\\.)*\"", "\"\"").replaceAll("(?m)^(package|import) .*$", "");
  }

  @Test
  void commentsAndStringsAreNotCode() {
    assertThat(code("/** {@link dev.digitarcade.x.Y} */ int a; // dev.digitarcade.x.Z\nString s = \"dev.digitarcade.x.W\";"))
        .doesNotContain("dev.digitarcade");
    assertThat(QUALIFIED.matcher(code(" new dev.digitarcade.x.Y();")).find()).isTrue();
  }

  @Test
  void theCycleFinderFindsACycle() {
    Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertThat(cycles(new TreeMap<>(graph))).containsExactly(Set.of("a", "b", "c"));
    assertThat(cycles(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of())))).isEmpty();
  }

  @Test
  void noModuleHasAPackageCycle() throws IOException {
    for (String module : MODULES) {
      assertThat(cycles(packageGraph(sources(module)))).as("package cycles in %s", module).isEmpty();
    }
  }

  @Test
  void noMainSourceFileIsOver450Lines() throws IOException {
    List<String> long_ = new ArrayList<>();
    for (String module : MODULES) {
      for (Path f : sources(module)) {
        long lines = Files.lines(f).count();
        if (lines > 450) {
          long_.add(ROOT.relativize(f) + " (" + lines + ")");
        }
      }
    }
    assertThat(long_).isEmpty();
  }

  @Test
  void theProjectsOwnClassesAreImportedNotWrittenOutInline() throws IOException {
    List<String> inline = new ArrayList<>();
    for (String module : MODULES) {
      for (Path f : sources(module)) {
        String s = code(Files.readString(f));
        Matcher m = QUALIFIED.matcher(s);
        while (m.find()) {
          inline.add(ROOT.relativize(f) + ": " + m.group(1));
        }
      }
    }
    assertThat(inline).isEmpty();
  }
}
