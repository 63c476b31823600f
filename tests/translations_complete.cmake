# Every string the console's sources show has a German translation: lupdate, run over a copy of
# stitchconsole_de.ts, finds nothing new and nothing unfinished. A string added without its
# translation fails here rather than in front of a German user (tst_german sees only strings
# the .ts already holds). Fix: cmake --build build --target update_translations, then translate
# the entries marked type="unfinished".
# Arguments: LUPDATE, GENERATOR (Qt's GenerateLUpdateProject.cmake), PROJECT_IN, TS, WORK, and
# optionally EN_TS (the English file, whose plural forms must be filled).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN}
                        -DOUT_FILE=${WORK}/project.json -P "${GENERATOR}"
                RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project")
endif()
# Runs lupdate over a copy of a .ts in WORK and reads the copy's lines into out_var.
function(updated_copy ts out_var)
  file(COPY "${ts}" DESTINATION "${WORK}")
  get_filename_component(name "${ts}" NAME)
  execute_process(COMMAND "${LUPDATE}" -project ${WORK}/project.json -no-obsolete -locations none
                          -ts ${WORK}/${name}
                  RESULT_VARIABLE updated OUTPUT_QUIET ERROR_QUIET)
  if(NOT updated EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}")
  endif()
  file(STRINGS "${WORK}/${name}" lines)
  set(${out_var} "${lines}" PARENT_SCOPE)
endfunction()

updated_copy("${TS}" lines)
set(previous "")
set(missing "")
foreach(line IN LISTS lines)
  if(line MATCHES "type=\"unfinished\"")
    string(STRIP "${previous}" previous)
    list(APPEND missing "${previous}")
  endif()
  set(previous "${line}")
endforeach()
# English needs only its plural forms ("1 match", "2 matches"); every other string shows its
# source text. EN_TS, when given, is checked for numerus entries left unfinished.
if(EN_TS)
  updated_copy("${EN_TS}" en_lines)
  set(numerus FALSE)
  foreach(line IN LISTS en_lines)
    if(line MATCHES "<message numerus=\"yes\">")
      set(numerus TRUE)
    elseif(line MATCHES "<source>")
      set(source "${line}")
    elseif(numerus AND line MATCHES "type=\"unfinished\"")
      string(STRIP "${source}" source)
      list(APPEND missing "English plural forms: ${source}")
    elseif(line MATCHES "</message>")
      set(numerus FALSE)
    endif()
  endforeach()
endif()
list(LENGTH missing count)
if(count GREATER 0)
  list(JOIN missing "\n" shown)
  message(FATAL_ERROR "${count} string(s) without a translation:\n${shown}")
endif()
message(STATUS "every string of the sources has a German translation")
