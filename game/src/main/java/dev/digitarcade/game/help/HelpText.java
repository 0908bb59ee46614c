package dev.digitarcade.game.help;

import java.util.List;

/** What the help says, as sections of rows (a key or a name, and what it means). */
final class HelpText {
  private HelpText() {}

  /** One line: {@code key} in bold on the left (or null for a paragraph), then its meaning. */
  record Row(String key, String text) {}

  record Section(String title, List<Row> rows) {}

  static final List<Section> SECTIONS = List.of(
      new Section("How to draw", List.of(
          new Row(null, "Hold the left mouse button and draw a digit on the dark square: large or small, anywhere"
              + " on it, or a number with its digits left to right. The AI reads it while you draw."),
          new Row(null, "Draw it the way you write it on paper. Lift the pen when you are done: in a challenge a"
              + " round is won when the AI is sure of the target at pen-up, or when its reading has held for half"
              + " a second."))),
      new Section("Keys", List.of(
          new Row("Left drag", "draw"),
          new Row("Right drag", "erase"),
          new Row("Wheel, [ ]", "brush size"),
          new Row("Z, Ctrl+Z", "undo a stroke or a clear"),
          new Row("Y, Ctrl+Shift+Z", "redo"),
          new Row("C", "clear the drawing"),
          new Row("P, Space", "challenge: pause (Space: off the drawing)"),
          new Row("S", "challenge: skip a round (counts as lost); free draw: save the drawing"),
          new Row("0-9", "free draw: keep the drawing as an example of that digit"),
          new Row("W", "why: a heat map of what pushed the reading towards its digit (warm) or away (blue)"),
          new Row("M", "sound on or off"),
          new Row("F1, ?", "this help"),
          new Row("F3", "frame statistics"),
          new Row("Esc", "back; in a challenge it asks first"))),
      new Section("What the AI says", List.of(
          new Row("Draw a digit", "the canvas is empty"),
          new Row("Keep drawing…", "the start of a digit, a fragment, a dab"),
          new Row("That doesn't look like a digit", "a letter, a shape, a scribble"),
          new Row("Not sure: 4 or 9?", "a digit, but not one it can stand behind"),
          new Row("85% sure", "a digit it stands behind; the figure is calibrated"),
          new Row("In a challenge", "a round is won by a sure reading of the target only"))),
      new Section("The 28x28 view", List.of(
          new Row(null, "The small square beside the reading is what the network is given: your drawing cropped to"
              + " its ink, scaled so its longer side is 20 pixels and centred by its centre of mass in a 28x28"
              + " field, like the MNIST digits it learned from."),
          new Row(null, "That is why a digit drawn small in a corner reads as well as a large one in the middle."))));
}
