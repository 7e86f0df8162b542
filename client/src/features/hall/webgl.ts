let cached: { ok: boolean; software: boolean } | null = null;

function probe(): { ok: boolean; software: boolean } {
  if (cached) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    let software = false;
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
      software = /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
    }
    cached = { ok: !!gl, software };
    // Free the probe context at once: browsers cap the number of live contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    cached = { ok: false, software: false };
  }
  return cached;
}

/** Whether this browser can create a WebGL context (checked once, on a throwaway canvas). */
export function hasWebGL(): boolean {
  return probe().ok;
}

/**
 * Whether WebGL runs on the CPU (no GPU, or the GPU is blocked): the hall then drops antialiasing and
 * high-DPI rendering, which roughly doubles its frame rate there.
 */
export function isSoftwareRenderer(): boolean {
  return probe().software;
}
