package dev.digitarcade.game.settings;

import dev.digitarcade.game.rules.ChallengeConfig;

/**
 * What the player chooses on the settings screen, remembered between runs.
 *
 * @param roundSeconds  time to draw each target, {@value #MIN_SECONDS}..{@value #MAX_SECONDS} s
 * @param rounds        rounds per challenge, 1..{@value #MAX_ROUNDS}
 * @param difficulty    how sure the AI must be to win a round
 * @param brush         the brush radius a drawing starts with, in canvas pixels
 * @param soundVolume   the effects' volume, 0..1
 * @param voiceVolume   the voice's volume, 0..1
 * @param muted         no sound at all
 * @param keepDrawings  whether the player agrees to keep their drawings on this machine
 * @param biggerText    everything drawn larger
 * @param playerName    the name last typed for a high score ("" before the first)
 */
public record Settings(double roundSeconds, int rounds, Difficulty difficulty, float brush, float soundVolume,
                       float voiceVolume, boolean muted, boolean keepDrawings, boolean biggerText, String playerName) {
  public static final double MIN_SECONDS = 5;
  public static final double MAX_SECONDS = 120;
  public static final int MAX_ROUNDS = 30;
  public static final float MIN_BRUSH = 4f;
  public static final float MAX_BRUSH = 45f;
  public static final float DEFAULT_BRUSH = 12f;
  public static final int MAX_NAME = 16;

  public static final Settings DEFAULTS = new Settings(ChallengeConfig.DEFAULT_ROUND_SECONDS,
      ChallengeConfig.DEFAULT_ROUNDS, Difficulty.NORMAL, DEFAULT_BRUSH, 0.8f, 1f, false, true, false, "");

  public Settings {
    if (!(roundSeconds >= MIN_SECONDS && roundSeconds <= MAX_SECONDS)) {
      throw new IllegalArgumentException("round time must be " + (int) MIN_SECONDS + ".." + (int) MAX_SECONDS
          + " s, got " + roundSeconds);
    }
    if (rounds < 1 || rounds > MAX_ROUNDS) {
      throw new IllegalArgumentException("rounds must be 1.." + MAX_ROUNDS + ", got " + rounds);
    }
    if (difficulty == null) {
      throw new IllegalArgumentException("no difficulty");
    }
    if (!(brush >= MIN_BRUSH && brush <= MAX_BRUSH)) {
      throw new IllegalArgumentException("brush must be " + MIN_BRUSH + ".." + MAX_BRUSH + ", got " + brush);
    }
    if (!(soundVolume >= 0 && soundVolume <= 1) || !(voiceVolume >= 0 && voiceVolume <= 1)) {
      throw new IllegalArgumentException("volumes must be 0..1, got " + soundVolume + " and " + voiceVolume);
    }
    playerName = cleanName(playerName == null ? "" : playerName);
  }

  /** A name as the table keeps it: printable, trimmed, at most {@value #MAX_NAME} characters. */
  public static String cleanName(String name) {
    StringBuilder sb = new StringBuilder();
    name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(sb::appendCodePoint);
    String s = sb.toString().strip();
    return s.codePointCount(0, s.length()) <= MAX_NAME ? s : s.substring(0, s.offsetByCodePoints(0, MAX_NAME));
  }

  public Settings withRoundSeconds(double v) {
    return new Settings(v, rounds, difficulty, brush, soundVolume, voiceVolume, muted, keepDrawings, biggerText,
        playerName);
  }

  public Settings withRounds(int v) {
    return new Settings(roundSeconds, v, difficulty, brush, soundVolume, voiceVolume, muted, keepDrawings, biggerText,
        playerName);
  }

  public Settings withDifficulty(Difficulty v) {
    return new Settings(roundSeconds, rounds, v, brush, soundVolume, voiceVolume, muted, keepDrawings, biggerText,
        playerName);
  }

  public Settings withBrush(float v) {
    return new Settings(roundSeconds, rounds, difficulty, v, soundVolume, voiceVolume, muted, keepDrawings, biggerText,
        playerName);
  }

  public Settings withSoundVolume(float v) {
    return new Settings(roundSeconds, rounds, difficulty, brush, v, voiceVolume, muted, keepDrawings, biggerText,
        playerName);
  }

  public Settings withVoiceVolume(float v) {
    return new Settings(roundSeconds, rounds, difficulty, brush, soundVolume, v, muted, keepDrawings, biggerText,
        playerName);
  }

  public Settings withMuted(boolean v) {
    return new Settings(roundSeconds, rounds, difficulty, brush, soundVolume, voiceVolume, v, keepDrawings, biggerText,
        playerName);
  }

  public Settings withKeepDrawings(boolean v) {
    return new Settings(roundSeconds, rounds, difficulty, brush, soundVolume, voiceVolume, muted, v, biggerText,
        playerName);
  }

  public Settings withBiggerText(boolean v) {
    return new Settings(roundSeconds, rounds, difficulty, brush, soundVolume, voiceVolume, muted, keepDrawings, v,
        playerName);
  }

  public Settings withPlayerName(String v) {
    return new Settings(roundSeconds, rounds, difficulty, brush, soundVolume, voiceVolume, muted, keepDrawings,
        biggerText, v);
  }
}
