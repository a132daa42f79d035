# bench_syntax: tagger+parser words/s on one core, model load time and memory.
add_executable(bench_syntax ${CMAKE_CURRENT_SOURCE_DIR}/bench_syntax.cc)
target_include_directories(bench_syntax PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(bench_syntax PRIVATE parley)
