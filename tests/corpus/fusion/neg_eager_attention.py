"""Eager PyTorch attention used as the numerical reference in benchmarks."""
import math

import torch


def attention_eager(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                    causal: bool = False) -> torch.Tensor:
    # Each line below is its own kernel launch: nothing here is fused, which is
    # exactly why this is the slow baseline.
    scale = 1.0 / math.sqrt(q.shape[-1])
    s = torch.matmul(q, k.transpose(-1, -2)) * scale
    if causal:
        n = s.shape[-1]
        s = s.masked_fill(torch.ones(n, n, device=s.device, dtype=torch.bool).triu(1),
                          float("-inf"))
    m_row = s.amax(dim=-1, keepdim=True)
    p = torch.exp(s - m_row)
    p = p / p.sum(dim=-1, keepdim=True)
    return torch.matmul(p.to(v.dtype), v)
