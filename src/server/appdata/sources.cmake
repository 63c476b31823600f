# App data that is not configuration: end users, pending registrations, end-user API keys, push
# notifications, and the client (end-user) auth routes.
target_sources(stitch_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/appdata.h
  ${CMAKE_CURRENT_LIST_DIR}/appdatastore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/userroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/apikeyroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pushroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clientauthroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clientsessions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clientlogin.h
  ${CMAKE_CURRENT_LIST_DIR}/clientidentities.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clientprofileroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/userapikeyroutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clientuserpass.cpp
)
