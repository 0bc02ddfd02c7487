import math

import pytest
import torch

from kernels.attention import attention


def reference_attention(q, k, v, causal):
    scores = (q @ k.transpose(-1, -2)) / math.sqrt(q.shape[-1])
    if causal:
        n = q.shape[-2]
        mask = torch.triu(torch.ones(n, n, device=q.device, dtype=torch.bool), 1)
        scores = scores.masked_fill(mask, float("-inf"))
    return torch.softmax(scores.float(), dim=-1).to(q.dtype) @ v


@pytest.mark.parametrize("seqlen", [128, 257, 1024])
@pytest.mark.parametrize("causal", [False, True])
def test_fused_attention_matches_reference(seqlen, causal):
    torch.manual_seed(0)
    q, k, v = (torch.randn(2, 4, seqlen, 64, device="cuda", dtype=torch.float16)
               for _ in range(3))
    out = attention(q, k, v, causal=causal)
    torch.testing.assert_close(out, reference_attention(q, k, v, causal), atol=2e-2, rtol=0)
