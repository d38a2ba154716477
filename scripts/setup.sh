#!/usr/bin/env bash
# dateline set-up, for a fresh Debian 12 machine as root (idempotent: a second
# run only rebuilds what changed). Installs the Debian packages dateline
# needs, builds it in ./build, and runs it on the example article in fixtures/.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config
  libpcre2-dev libhowardhinnant-date-dev tzdata libcli11-dev doctest-dev nlohmann-json3-dev
  libsimdjson-dev
  libical-dev wordnet-base
  python3 python3-dev python3-pybind11 pybind11-dev python3-distributed
  clang-14 libclang-rt-14-dev llvm-14
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDATELINE_PYTHON=ON >/dev/null
cmake --build build -j"$(nproc)"

echo
echo "== dateline extract fixtures/article-2024-10-02.txt --pub-date 2024-10-02"
./build/cli/dateline extract fixtures/article-2024-10-02.txt --pub-date 2024-10-02 --format text
if ./build/cli/dateline timeline --help >/dev/null 2>&1; then
  echo
  echo "== dateline timeline fixtures/article-2024-10-02.txt --pub-date 2024-10-02"
  ./build/cli/dateline timeline fixtures/article-2024-10-02.txt --pub-date 2024-10-02 --format text
fi
