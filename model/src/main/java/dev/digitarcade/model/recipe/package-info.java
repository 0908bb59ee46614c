/**
 * The MNIST recipe: one implementation, used by the game (every canvas change), the {@code
 * predict} command and the benchmarks. Entry point: {@link MnistRecipe#apply(byte[], int, int)}
 * (or the {@code float[]} overload) returns the 784 model inputs plus facts ({@link
 * MnistInput}), or empty when nothing is drawn; {@link RecipeOptions} holds its knobs.
 *
 * <p>{@link MnistRecipe} only orchestrates; each step is a package-private class that owns its
 * scratch and is tested on its own: 1 {@code InkScan} (ink mask, box, block reduction of large
 * canvases, for byte and float images alike through {@code GrayImage}), 2 {@code Specks}, 3
 * {@code StrokeWidth} and {@code StrokeNormaliser} (with {@code Chamfer}), 4 {@code
 * AreaResampler}, 5 {@code CentreOfMass}. What each step is worth on drawn digits, and what the
 * recipe costs, is measured in docs/BENCHMARKS.md ("Drawn digits").
 */
package dev.digitarcade.model.recipe;
