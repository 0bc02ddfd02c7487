"""Drive mlir-opt over the test inputs and collect timing per pass."""
import subprocess
import sys
from pathlib import Path

PIPELINE = ",".join([
    "canonicalize",
    "linalg-fuse-elementwise-ops",
    "one-shot-bufferize",
    "convert-linalg-to-loops",
])


def run(input_file: Path, opt: str = "mlir-opt") -> str:
    cmd = [opt, str(input_file), f"--pass-pipeline=builtin.module({PIPELINE})",
           "--mlir-timing", "--mlir-timing-display=list"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"pipeline failed on {input_file}")
    return proc.stderr   # timing report goes to stderr


if __name__ == "__main__":
    for path in sorted(Path(sys.argv[1]).glob("*.mlir")):
        print(path.name)
        print(run(path))
