/**
 * The number benchmark: numbers drawn the way a player draws them with the mouse, with their
 * strokes and timing, and how well {@link dev.digitarcade.model.segment.NumberReader} reads them.
 *
 * <p>Drawings ({@link dev.digitarcade.training.numbers.NumberGenerator}), on the game's 560 px
 * canvas: each digit's shape is the centre line of a font glyph or of an MNIST test digit (both
 * from {@link dev.digitarcade.training.drawn.DrawnDigitGenerator}, whose public API gives the centre
 * lines; MNIST's filled loops become back-and-forth filling strokes), or one of the multi-stroke
 * templates of {@link dev.digitarcade.training.numbers.DigitShape} (a 1 with its foot, three kinds
 * of 4, a 5 with its hat, a 7 with a bar). Lines that meet end to start are drawn as one stroke
 * seven times in ten, as a hand keeps the button down; the digits 1, 4, 5 and 7 are sometimes
 * "lifted", their strokes stopping about 1-5 px short of each other. The line is 80-220 px tall,
 * the brush 0.06-0.24 of it (radius at least 2.5 px), the writer's slant -0.12..0.32 (each digit
 * +-0.05 more), each digit 0.88-1.12 of the height and +-8 % off the baseline, with a hand's wobble;
 * digits go left to right with a clearance between neighbours' ink, row by row, of 3 px to 0.08 of
 * the height (a third of the gaps) or 0.08-0.6 of it, the line shrunk until it fits. Strokes are
 * sampled at 120 Hz along their path at 400-1400 px/s, with 0.08-0.35 s between strokes and
 * 0.05-0.5 s more between digits. "Corrected" numbers end, 0.8-2 s later, with one stroke of an
 * earlier digit drawn again a little off; "touching" ones have neighbours overlapping by up to a
 * brush radius. Everything follows from the seed and index.
 *
 * <p>Hold-out: {@code --split test} (the default) draws from the serif, light and math font faces
 * and the second half of the MNIST test set; the segmenter was tuned only on {@code --split tune}
 * (the other faces, the first half) with seeds 100-105.
 *
 * <p>Run: {@code java -jar training/target/digit-trainer.jar bench-numbers [--model DIR] [--data DIR]
 * [--count N] [--seed N] [--split test|tune] [--sheet FILE.png] [--json]}. Every drawing is read
 * twice, with its strokes and from its pixels alone; the drawn-digit benchmark's own single digits
 * ({@code bench-drawn}, same seed) are read through the number reader too, to show single digits
 * stay whole. The contact sheet shows drawings read with the wrong digit count, then misreadings.
 */
package dev.digitarcade.training.numbers;
