set -x
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
nvcc --version | tail -2
mkdir -p /tmp/src && tar xzf gpu_carry/llama.tar.gz -C /tmp/src
python3 -m pip install --no-index --no-deps gpu_carry/wheels/*.whl -q 2>&1 | tail -2
t0=$(date +%s)
cmake -S /tmp/src/llama.cpp -B /tmp/build -G Ninja -DCMAKE_BUILD_TYPE=Release -DGGML_CUDA=ON \
  -DCMAKE_CUDA_ARCHITECTURES=90 -DGGML_CUDA_FA=OFF -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=ON \
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF \
  -DLLAMA_BUILD_COMMON=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF > $OUT/cmake.log 2>&1 || { tail -30 $OUT/cmake.log; exit 3; }
cmake --build /tmp/build -j16 --target llama > $OUT/build.log 2>&1 || { tail -40 $OUT/build.log; exit 4; }
echo "build_s=$(( $(date +%s) - t0 ))"
ls /tmp/build/bin | head
LLAMA_CPP_LIB_PATH=/tmp/build/bin PYTHONPATH=gpu_carry/py:. PYTHONUNBUFFERED=1 python3 gpu_carry/bench.py
