target_sources(stitch_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/multipart.h ${CMAKE_CURRENT_LIST_DIR}/multipart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hostingassets.h ${CMAKE_CURRENT_LIST_DIR}/hostingassets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hostingdraft.h ${CMAKE_CURRENT_LIST_DIR}/hostingdraft.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hostingserve.h ${CMAKE_CURRENT_LIST_DIR}/hostingserve.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hostingupload.h ${CMAKE_CURRENT_LIST_DIR}/hostingupload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hostingroutes.cpp)
