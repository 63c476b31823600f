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
  ${CMAKE_CURRENT_LIST_DIR}/cronschedule.h ${CMAKE_CURRENT_LIST_DIR}/cronschedule.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scheduledtriggerrunner.h ${CMAKE_CURRENT_LIST_DIR}/scheduledtriggerrunner.cpp
)
# Scheduled triggers' cron parser: npm's cron-parser (resources/cron, pinned by its lock file,
# installed by packaging/install-deps.sh), run by node with the embedded cronnext.js.
qt_add_resources(stitch_server stitch_cron_script
  PREFIX /stitchlocal/cron
  BASE ${PROJECT_SOURCE_DIR}/resources/cron
  FILES ${PROJECT_SOURCE_DIR}/resources/cron/cronnext.js
)
target_compile_definitions(stitch_server PRIVATE
                           STITCH_CRON_SOURCE_DIR="${PROJECT_SOURCE_DIR}/resources/cron")
# Installed beside the local MongoDB service's datastore (localdata/sources.cmake).
include(GNUInstallDirs)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/cron/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/stitch-console/cron
        PATTERN "package-lock.json" EXCLUDE
        PATTERN ".package-lock.json" EXCLUDE)
