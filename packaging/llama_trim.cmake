# Included right after llama.cpp's own project() call (CMAKE_PROJECT_llama.cpp_INCLUDE, set by
# packaging/cpu_build_flags.py). llama-cpp-python forces llama.cpp's "common" library on, but the
# Python package loads only libllama and the ggml libraries; common (chat parsers, argument parsing,
# an HTTP client, Jinja) is about half of the remaining compile, so Daybreak leaves it out.
set(LLAMA_BUILD_COMMON OFF CACHE BOOL "llama: build common utils library" FORCE)
