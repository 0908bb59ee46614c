package dev.digitarcade.game.reading;

/** A loaded model as the game uses it: the recipe's 784 inputs in, ten probabilities out. */
public interface DigitModel extends AutoCloseable {
  float[] predict(float[] image784);

  @Override
  void close();
}
