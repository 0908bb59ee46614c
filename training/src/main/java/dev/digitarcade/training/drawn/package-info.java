/**
 * The drawn-digit benchmark: digits "as people draw them" with the mouse, and how well they are
 * read through the recipe versus the naive whole-canvas input.
 *
 * <p>Drawings ({@link dev.digitarcade.training.drawn.DrawnDigitGenerator}): a shape's centre line
 * (Zhang-Suen thinning, spurs pruned, lightly smoothed) is redrawn with an anti-aliased round
 * brush, white on a black canvas, 50-250 px tall (on 280 px), brush 5-26 px (at most half the
 * height), anywhere on the canvas. Shapes: MNIST test digits (upscaled x4, thresholded at 0.5;
 * loops their writer filled stay filled) and digits of every installed font family (plain or
 * italic, extra slant -0.15..0.3), every stroke with a hand's wobble. Of every ten drawings, four
 * are MNIST, four font, one an MNIST drawing plus one or two stray clicks away from it
 * ("speckled"), and one a font 1, 4 or 7 drawn as separate strokes that stop 1-6 px short of each
 * other ("lifted"). Everything follows from the seed and the index.
 *
 * <p>Run: {@code java -jar training/target/digit-trainer.jar bench-drawn [--model DIR] [--data DIR]
 * [--count N] [--seed N] [--canvas PX] [--sheet FILE.png] [--json]}. The contact sheet shows the
 * first drawings and the recipe's misreadings with the 28x28 each method made.
 */
package dev.digitarcade.training.drawn;
