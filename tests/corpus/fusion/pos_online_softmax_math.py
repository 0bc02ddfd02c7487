import torch
import triton
import triton.language as tl


@triton.jit
def softmax_online_kernel(x_ptr, y_ptr, n_cols, stride, BLOCK_N: tl.constexpr):
    """Softmax over very long rows that do not fit in registers.

    Pass 1 streams the row once, keeping a running max and a running sum that
    is rescaled whenever the max grows; pass 2 writes the normalised output.
    """
    row = tl.program_id(0)
    x_row = x_ptr + row * stride
    m_run = tl.full((BLOCK_N,), float("-inf"), dtype=tl.float32)
    d_run = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, n_cols, BLOCK_N):
        offs = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_row + offs, mask=offs < n_cols, other=float("-inf")).to(tl.float32)
        m_cur = tl.maximum(m_run, x)
        d_run = d_run * tl.math.exp2((m_run - m_cur) * 1.4426950408889634) \
            + tl.math.exp2((x - m_cur) * 1.4426950408889634)
        m_run = m_cur
    m_row = tl.max(m_run, axis=0)
    d_row = tl.sum(d_run * tl.exp(m_run - m_row), axis=0)

    for start in range(0, n_cols, BLOCK_N):
        offs = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_row + offs, mask=offs < n_cols, other=float("-inf")).to(tl.float32)
        tl.store(y_ptr + row * stride + offs, tl.exp(x - m_row) / d_row, mask=offs < n_cols)


def softmax(x: torch.Tensor) -> torch.Tensor:
    y = torch.empty_like(x)
    softmax_online_kernel[(x.shape[0],)](x, y, x.shape[1], x.stride(0), BLOCK_N=2048)
    return y
