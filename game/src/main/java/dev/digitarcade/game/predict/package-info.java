/**
 * The {@code predict} command: reads digits from PNG/JPEG files of any size and polarity with the
 * same recipe and model as the game. {@link dev.digitarcade.game.predict.ImageLoader} turns a file
 * into ink intensities (polarity from the border's median, contrast stretched, JPEG noise
 * ignored); {@link dev.digitarcade.game.predict.PredictCommand} prints CSV.
 */
package dev.digitarcade.game.predict;
