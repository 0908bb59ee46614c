/**
 * What the engine does because it runs on a software rasteriser (Mesa llvmpipe on two cores),
 * behind one switch, {@link dev.digitarcade.engine.softgl.SoftGl}:
 *
 * <ul>
 *   <li>NanoVG's fragment shader relinked with a lean one of the same interface and pixels;
 *   <li>large plain fills and opaque textures drawn with small shaders of their own between two
 *       NanoVG batches ({@link dev.digitarcade.engine.softgl.NanoVgShortcuts});
 *   <li>a throwaway warm-up frame at start-up, so llvmpipe compiles its shader variants before
 *       the first frame a user sees (drawn by the engine's {@code app} package, which asks
 *       {@link dev.digitarcade.engine.softgl.SoftGl#warmUp()});
 *   <li>{@code glFinish} before canvas and screenshot reads (llvmpipe was seen returning stale
 *       pixels) and at the end of headless frames (so they cost what shown ones do).
 * </ul>
 *
 * <p>Off ({@code -Ddigitarcade.softgl=off}, or {@code EngineConfig.builder(...).softGl(false)}),
 * the engine is plain GL and NanoVG as shipped: to compare, and for drivers that need none of it.
 * The package depends on {@code gl} and LWJGL only; the UI, the canvas and the engine call it.
 */
package dev.digitarcade.engine.softgl;
