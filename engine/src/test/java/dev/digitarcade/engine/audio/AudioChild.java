package dev.digitarcade.engine.audio;

import java.util.Arrays;

/**
 * Run in a child JVM by {@link AudioProcessTest}, so OpenAL Soft reads the environment the test
 * gives it ({@code ALSOFT_DRIVERS}, {@code ALSOFT_CONF}). Prints {@code key=value} lines; every
 * warning the audio reports is a {@code warning=} line.
 */
public final class AudioChild {
  private AudioChild() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    long openStart = System.nanoTime();
    Audio audio = Audio.open(w -> System.out.println("warning=" + w));
    System.out.printf("openMs=%.1f%n", (System.nanoTime() - openStart) / 1e6);
    System.out.println("silent=" + audio.isSilent());
    System.out.println("device=" + audio.device());
    if (mode.equals("play")) {
      Clip tone = audio.clip("tone", Signals.tone(22_050, 440, 0.25, 0.5));
      long start = System.nanoTime();
      audio.voice().say(tone);
      System.out.printf("firstSayUs=%.0f%n", (System.nanoTime() - start) / 1e3);
      System.out.println("speaking=" + audio.voice().isSpeaking());
      long deadline = start + 10_000_000_000L;
      while (audio.voice().isSpeaking() && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      System.out.println("finished=" + !audio.voice().isSpeaking());
      System.out.printf("playedMs=%.0f%n", (System.nanoTime() - start) / 1e6);
      if (args.length > 1 && args[1].equals("measure")) {
        measureCallCost(audio, tone);
      }
    }
    audio.close();
    audio.close();
    System.out.println("closed=true");
  }

  /** What say() and play() cost the calling thread while the device's mixer runs. */
  private static void measureCallCost(Audio audio, Clip clip) throws Exception {
    Clip other = audio.clip("other", Signals.tone(22_050, 660, 0.25, 0.5));
    int n = 2000;
    long[] say = new long[n];
    long[] play = new long[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      audio.voice().say(i % 2 == 0 ? clip : other);
      long t1 = System.nanoTime();
      audio.effects().play(other);
      long t2 = System.nanoTime();
      boolean speaking = audio.voice().isSpeaking();
      say[i] = t1 - t0;
      play[i] = t2 - t1;
      if (!speaking) {
        System.out.println("warning=not speaking right after say");
      }
      Thread.sleep(0, 500_000);
    }
    System.out.println("sayUs=" + summary(say));
    System.out.println("playUs=" + summary(play));
    audio.voice().stop();
    audio.effects().stopAll();
    Thread.sleep(100);
    if (!java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
      System.out.println("cpuPercent=n/a (no /proc)");
      return;
    }
    double idle = cpuShare(1000);
    audio.voice().say(audio.clip("long", Signals.tone(16_000, 440, 2.0, 0.5)));
    audio.effects().play(audio.clip("long effect", Signals.tone(22_050, 660, 2.0, 0.5)));
    double playing = cpuShare(1000);
    System.out.printf("cpuPercent=idle %.2f, voice and an effect playing %.2f%n", idle * 100, playing * 100);
  }

  /**
   * CPU time over {@code ms} of sleep, as a share of one core: every thread of the process,
   * native ones (the mixer) too, counted for the threads alive at both ends (Linux schedstat).
   */
  private static double cpuShare(long ms) throws Exception {
    java.util.Map<String, Long> before = cpuNs();
    long t0 = System.nanoTime();
    Thread.sleep(ms);
    java.util.Map<String, Long> after = cpuNs();
    long elapsed = System.nanoTime() - t0;
    long sum = 0;
    for (var e : after.entrySet()) {
      Long b = before.get(e.getKey());
      if (b != null) {
        sum += e.getValue() - b;
      }
    }
    return sum / (double) elapsed;
  }

  private static java.util.Map<String, Long> cpuNs() throws java.io.IOException {
    java.util.Map<String, Long> ns = new java.util.HashMap<>();
    try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
      for (var task : (Iterable<java.nio.file.Path>) tasks::iterator) {
        try {
          String stat = java.nio.file.Files.readString(task.resolve("schedstat")).trim();
          ns.put(task.getFileName().toString(), Long.parseLong(stat.split(" ")[0]));
        } catch (java.io.IOException gone) {
          // The thread ended meanwhile.
        }
      }
    }
    return ns;
  }

  private static String summary(long[] ns) {
    int skip = ns.length / 10; // the first calls run interpreted
    long[] warm = Arrays.copyOfRange(ns, skip, ns.length);
    Arrays.sort(warm);
    return String.format("p50 %.1f p99 %.1f max %.1f", warm[warm.length / 2] / 1e3,
        warm[(int) (warm.length * 0.99)] / 1e3, warm[warm.length - 1] / 1e3);
  }
}
