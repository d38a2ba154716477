// Processing input documents on several threads while writing the results in
// input order, so that `--jobs N` output is byte-identical to `--jobs 1`.
//
// The calling thread reads items and groups them into batches; worker
// threads process whole batches; whichever thread finishes the batch that is
// next in input order writes it (one writer at a time). At most a fixed
// number of batches are in flight (queued, processing or waiting for their
// turn), so memory stays bounded on any input size. Used by `extract`; any
// command that turns each InputItem into text can use it (e.g. `timeline
// --per-doc`).
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "core/io/inputs.h"

namespace dateline {

// What processing one item produced; written in input order.
struct ItemOutput {
  std::string out;       // for stdout (or for `out_file`)
  std::string err;       // for stderr: warnings and errors
  std::string out_file;  // when set, `out` is written to this file instead of stdout
  bool failed = false;   // the item was an error (the command then exits with 1)
};

struct PipelineOptions {
  unsigned jobs = 0;                        // worker threads; 0: all cores
  std::size_t batch_items = 64;             // a batch closes at this many items...
  std::size_t batch_bytes = 256 * 1024;     // ...or this many bytes of document text
  std::size_t batches_per_job = 4;          // batches in flight per worker
};

// The number of worker threads `jobs` asks for (0: the cores of the machine).
unsigned resolve_jobs(unsigned jobs);

// Reads items with `read` (which hands them to its sink in input order),
// turns each into an ItemOutput with `process` (called concurrently from
// several threads when jobs > 1; it must only touch its item and its
// output) and hands the outputs to `write` in input order, one call at a
// time. With one job everything runs on the calling thread. An exception
// thrown by `process` or `write` stops the pipeline and is rethrown here.
void run_ordered_pipeline(const PipelineOptions& options,
                          const std::function<void(const std::function<void(InputItem&&)>&)>& read,
                          const std::function<void(InputItem&&, ItemOutput&)>& process,
                          const std::function<void(ItemOutput&)>& write);

}  // namespace dateline
