# Quality regression guard on TempEval-3 train (../shared/data/tempeval3/train):
# `dateline eval` must keep value F1 >= 80.5, relaxed F1 >= 94 and strict F1 >= 88
# (measured 81.6 / 94.8 / 89.1 when the floors were last raised). Skipped when the
# shared directory is absent.
add_test(NAME quality_tempeval3_train
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_eval_floor.py
                 --dateline $<TARGET_FILE:dateline>
                 --gold ${DATELINE_SHARED_DIR}/data/tempeval3/train
                 --value 80.5 --relaxed 94 --strict 88)
set_tests_properties(quality_tempeval3_train PROPERTIES SKIP_RETURN_CODE 77 LABELS quality TIMEOUT 300)
