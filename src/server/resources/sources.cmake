# The configuration resources: values, auth providers, services with their rules and incoming
# webhooks, allowed request origins, triggers.
target_sources(stitch_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/resourcekit.h
  ${CMAKE_CURRENT_LIST_DIR}/resourcekit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/valueroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/authproviderroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/serviceroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ruleroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rulecheck.h ${CMAKE_CURRENT_LIST_DIR}/rulecheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/webhookroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/securityroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/triggerroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/appsettingsroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secretvault.h
  ${CMAKE_CURRENT_LIST_DIR}/secretvault.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secretroutes.cpp
)
