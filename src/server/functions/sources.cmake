# The functions area: function CRUD, debug runs, incoming webhooks over HTTP, auth triggers.
target_sources(stitch_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/functionrun.h ${CMAKE_CURRENT_LIST_DIR}/functionrun.cpp
  ${CMAKE_CURRENT_LIST_DIR}/functionroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/debugroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/debugrunroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/debugsessions.h ${CMAKE_CURRENT_LIST_DIR}/debugsessions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/webhookroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clientcallroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/canevaluate.h ${CMAKE_CURRENT_LIST_DIR}/canevaluate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dependencies.h ${CMAKE_CURRENT_LIST_DIR}/dependencies.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dependencyroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/authtriggerrunner.h ${CMAKE_CURRENT_LIST_DIR}/authtriggerrunner.cpp
)
