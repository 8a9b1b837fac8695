# Translations of Spoolbridge (Qt 6.4 LinguistTools).
#
#   cmake --build <dir> --target update_translations   # lupdate: refresh the .ts files
#   (the .qm files are built by lrelease and embedded under :/i18n automatically)
#
# spoolbridge_en.ts is the source language: it only holds plural forms (-pluralonly), so that
# "%n spool(s)" reads right in English. The other files hold every string. lupdate scans all
# sources of core/, ui/ and app/, so strings of the CLI and the daemon are translated too.

set(SPOOLBRIDGE_TRANSLATIONS_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(SPOOLBRIDGE_LANGUAGES de fr es zh_CN)

function(spoolbridge_add_translations target)
    set(_dir "${SPOOLBRIDGE_TRANSLATIONS_DIR}")
    set(_ts_files "")
    foreach(_language IN LISTS SPOOLBRIDGE_LANGUAGES)
        list(APPEND _ts_files "${_dir}/spoolbridge_${_language}.ts")
    endforeach()
    set(_source_ts "${_dir}/spoolbridge_en.ts")

    file(GLOB_RECURSE _sources CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
        "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h" "${PROJECT_SOURCE_DIR}/ui/*.ui"
        "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")

    # Both lupdate runs belong to the global update_translations target.
    set(_options -locations none -no-ui-lines -silent)
    qt_add_lupdate(${target}
        TS_FILES ${_ts_files}
        SOURCES ${_sources}
        INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        OPTIONS ${_options} -no-obsolete)
    qt_add_lupdate(spoolbridge_source_language
        TS_FILES "${_source_ts}"
        SOURCES ${_sources}
        INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        OPTIONS ${_options} -no-obsolete -pluralonly)

    qt_add_lrelease(${target}
        TS_FILES "${_source_ts}" ${_ts_files}
        QM_FILES_OUTPUT_VARIABLE _qm_files
        OPTIONS -silent)
    qt_add_resources(${target} "spoolbridge_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${_qm_files})
endfunction()
