# Drafts and deployments: draft routes, the export-layout diff (dtl, header-only).
target_sources(stitch_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/draftroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/configdiff.h
  ${CMAKE_CURRENT_LIST_DIR}/configdiff.cpp)
target_include_directories(stitch_server PRIVATE ${DTL_INCLUDE_DIR})
