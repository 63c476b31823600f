# The local MongoDB service: its data process, the gateway to it, database triggers, the local
# data routes. The process's script and packages are resources/datastore (npm ci by
# packaging/install-deps.sh); builds find them there, installs under share/stitch-console.
target_sources(stitch_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/localdataprocess.h ${CMAKE_CURRENT_LIST_DIR}/localdataprocess.cpp
  ${CMAKE_CURRENT_LIST_DIR}/localdata.h ${CMAKE_CURRENT_LIST_DIR}/localdata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/databasetriggers.h ${CMAKE_CURRENT_LIST_DIR}/databasetriggers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/localdataroutes.cpp
)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/localdataprocess.cpp PROPERTIES
  COMPILE_DEFINITIONS STITCH_DATASTORE_SOURCE_DIR="${PROJECT_SOURCE_DIR}/resources/datastore")
include(GNUInstallDirs)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/datastore/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/stitch-console/datastore
        PATTERN "package-lock.json" EXCLUDE
        PATTERN ".package-lock.json" EXCLUDE)
