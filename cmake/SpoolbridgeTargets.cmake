# Helpers shared by every target of the project.

# Warnings for our own code; warnings-as-errors unless SPOOLBRIDGE_WERROR is off.
function(spoolbridge_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
        -Wimplicit-fallthrough)
    if(SPOOLBRIDGE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# --- The core never touches QtGui/QtWidgets -------------------------------------------------
# Every header of QtGui and QtWidgets gets a poisoned twin that stops compilation with a clear
# message. The poison directory is put first on the include path of every core target, so
# `#include <QtWidgets/QWidget>` (which the Qt include root would otherwise resolve) fails, and
# `#include <QWidget>` fails because the module directory is not on the path at all.
set(SPOOLBRIDGE_POISON_DIR "${CMAKE_BINARY_DIR}/core-poison")
function(_spoolbridge_make_poison)
    if(EXISTS "${SPOOLBRIDGE_POISON_DIR}/.done")
        return()
    endif()
    get_target_property(_qtcore_inc Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
    set(_root "")
    foreach(_dir IN LISTS _qtcore_inc)
        if(_dir MATCHES "/QtCore$")
            get_filename_component(_root "${_dir}" DIRECTORY)
        endif()
    endforeach()
    if(NOT _root)
        message(FATAL_ERROR "Could not locate the Qt include root")
    endif()
    foreach(_module QtGui QtWidgets QtSvg QtCharts QtOpenGL QtSvgWidgets QtOpenGLWidgets)
        file(GLOB _headers RELATIVE "${_root}/${_module}" "${_root}/${_module}/*")
        foreach(_h IN LISTS _headers)
            if(IS_DIRECTORY "${_root}/${_module}/${_h}")
                continue()
            endif()
            file(WRITE "${SPOOLBRIDGE_POISON_DIR}/${_module}/${_h}"
                "#error \"Spoolbridge core must not depend on ${_module}: move this code to ui/\"\n")
        endforeach()
        file(WRITE "${SPOOLBRIDGE_POISON_DIR}/${_module}/${_module}"
            "#error \"Spoolbridge core must not depend on ${_module}: move this code to ui/\"\n")
    endforeach()
    file(WRITE "${SPOOLBRIDGE_POISON_DIR}/.done" "")
endfunction()
_spoolbridge_make_poison()

set_property(GLOBAL PROPERTY SPOOLBRIDGE_CORE_TARGETS "")

# Declares a core static library: warnings, poison include dir, no GUI modules.
function(spoolbridge_core_library target)
    add_library(${target} STATIC ${ARGN})
    spoolbridge_warnings(${target})
    target_include_directories(${target} BEFORE PRIVATE "${SPOOLBRIDGE_POISON_DIR}")
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}")
    set_property(GLOBAL APPEND PROPERTY SPOOLBRIDGE_CORE_TARGETS ${target})
endfunction()

# Called once all core targets exist: fails the configure step when one of them links a GUI
# module, directly or through another target.
function(spoolbridge_check_core_links)
    get_property(_targets GLOBAL PROPERTY SPOOLBRIDGE_CORE_TARGETS)
    foreach(_t IN LISTS _targets)
        get_target_property(_libs ${_t} LINK_LIBRARIES)
        get_target_property(_ilibs ${_t} INTERFACE_LINK_LIBRARIES)
        foreach(_l IN LISTS _libs _ilibs)
            if(_l MATCHES "Qt6?::(Gui|Widgets|Svg|Charts|OpenGL|SvgWidgets|OpenGLWidgets)")
                message(FATAL_ERROR "Core target ${_t} links ${_l}: the core must never link GUI modules")
            endif()
        endforeach()
    endforeach()
endfunction()
