# WordNet word classes embedded in dateline_core (core/lexicon/lexicon.h):
# a small host tool reads /usr/share/wordnet (Debian wordnet-base) at build
# time and writes ${WORDNET_LEXICON_CPP}. Include from core/CMakeLists.txt.
set(DATELINE_WORDNET_DIR "/usr/share/wordnet" CACHE PATH "WordNet 3.0 database directory (Debian wordnet-base)")
foreach(wn_file index.verb index.noun data.noun verb.exc)
  if(NOT EXISTS "${DATELINE_WORDNET_DIR}/${wn_file}")
    message(FATAL_ERROR
      "WordNet is needed to build dateline: ${DATELINE_WORDNET_DIR}/${wn_file} is missing. "
      "Install it with 'apt-get install wordnet-base' (scripts/setup.sh does), "
      "or point -DDATELINE_WORDNET_DIR at a WordNet 3.0 dict directory.")
  endif()
endforeach()

add_executable(wordnet_lexicon_gen ${CMAKE_SOURCE_DIR}/tools/wordnet_lexicon_gen.cpp)
target_include_directories(wordnet_lexicon_gen PRIVATE ${CMAKE_SOURCE_DIR})

set(WORDNET_LEXICON_CPP ${CMAKE_CURRENT_BINARY_DIR}/wordnet_lexicon.cpp)
add_custom_command(
  OUTPUT ${WORDNET_LEXICON_CPP}
  COMMAND wordnet_lexicon_gen ${DATELINE_WORDNET_DIR} ${WORDNET_LEXICON_CPP}
  DEPENDS wordnet_lexicon_gen
          ${DATELINE_WORDNET_DIR}/index.verb ${DATELINE_WORDNET_DIR}/index.noun
          ${DATELINE_WORDNET_DIR}/data.noun ${DATELINE_WORDNET_DIR}/verb.exc
  COMMENT "Extracting verb and event-noun forms from WordNet")
