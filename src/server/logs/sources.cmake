# GET .../logs and --seed-logs.
target_sources(stitch_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/logquery.h ${CMAKE_CURRENT_LIST_DIR}/logquery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/logroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/logseeder.h ${CMAKE_CURRENT_LIST_DIR}/logseeder.cpp)
