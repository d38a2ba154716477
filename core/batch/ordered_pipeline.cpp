#include "core/batch/ordered_pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace dateline {
namespace {

struct Batch {
  std::size_t seq = 0;
  std::vector<InputItem> items;
  std::vector<ItemOutput> outputs;
};

std::size_t text_size(const InputItem& item) { return item.document ? item.document->text.size() : 0; }

class Pipeline {
 public:
  Pipeline(const PipelineOptions& options, const std::function<void(InputItem&&, ItemOutput&)>& process,
           const std::function<void(ItemOutput&)>& write)
      : process_(process), write_(write), jobs_(resolve_jobs(options.jobs)),
        max_in_flight_(std::max<std::size_t>(2, jobs_ * options.batches_per_job)) {}

  // Called from the reading thread: waits while too many batches are in flight.
  void submit(std::unique_ptr<Batch> batch) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return error_ || next_seq_ - next_write_ < max_in_flight_; });
    if (error_) return;
    batch->seq = next_seq_++;
    todo_.push_back(std::move(batch));
    work_.notify_one();
  }

  void start() {
    for (unsigned i = 0; i < jobs_; ++i) workers_.emplace_back([this] { work(); });
  }

  // Called from the reading thread after the last batch.
  void finish() {
    {
      std::lock_guard lock(mutex_);
      reading_done_ = true;
    }
    work_.notify_all();
    for (auto& w : workers_) w.join();
    if (error_) std::rethrow_exception(error_);
  }

  bool stopped() {
    std::lock_guard lock(mutex_);
    return error_ != nullptr;
  }

 private:
  void work() {
    for (;;) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock lock(mutex_);
        work_.wait(lock, [&] { return error_ || !todo_.empty() || reading_done_; });
        if (error_ || todo_.empty()) return;
        batch = std::move(todo_.front());
        todo_.pop_front();
      }
      try {
        batch->outputs.resize(batch->items.size());
        for (std::size_t i = 0; i < batch->items.size(); ++i)
          process_(std::move(batch->items[i]), batch->outputs[i]);
        batch->items.clear();
        done(std::move(batch));
      } catch (...) {
        fail(std::current_exception());
        return;
      }
    }
  }

  // Files the batch, then writes every batch whose turn has come, unless
  // another thread is already writing (it will pick these up).
  void done(std::unique_ptr<Batch> batch) {
    std::unique_lock lock(mutex_);
    finished_.emplace(batch->seq, std::move(batch));
    if (writing_) return;
    writing_ = true;
    for (auto it = finished_.find(next_write_); it != finished_.end() && !error_;
         it = finished_.find(next_write_)) {
      std::unique_ptr<Batch> next = std::move(it->second);
      finished_.erase(it);
      lock.unlock();
      try {
        for (ItemOutput& out : next->outputs) write_(out);
      } catch (...) {
        lock.lock();
        writing_ = false;
        lock.unlock();
        throw;
      }
      next.reset();
      lock.lock();
      ++next_write_;
      space_.notify_one();
    }
    writing_ = false;
  }

  void fail(std::exception_ptr e) {
    {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = e;
    }
    work_.notify_all();
    space_.notify_all();
  }

  const std::function<void(InputItem&&, ItemOutput&)>& process_;
  const std::function<void(ItemOutput&)>& write_;
  const unsigned jobs_;
  const std::size_t max_in_flight_;

  std::mutex mutex_;
  std::condition_variable work_, space_;
  std::deque<std::unique_ptr<Batch>> todo_;
  std::map<std::size_t, std::unique_ptr<Batch>> finished_;
  std::size_t next_seq_ = 0, next_write_ = 0;
  bool reading_done_ = false, writing_ = false;
  std::exception_ptr error_;
  std::vector<std::thread> workers_;
};

}  // namespace

unsigned resolve_jobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

void run_ordered_pipeline(const PipelineOptions& options,
                          const std::function<void(const std::function<void(InputItem&&)>&)>& read,
                          const std::function<void(InputItem&&, ItemOutput&)>& process,
                          const std::function<void(ItemOutput&)>& write) {
  if (resolve_jobs(options.jobs) == 1) {
    read([&](InputItem&& item) {
      ItemOutput out;
      process(std::move(item), out);
      write(out);
    });
    return;
  }
  Pipeline pipeline(options, process, write);
  pipeline.start();
  auto batch = std::make_unique<Batch>();
  std::size_t bytes = 0;
  try {
    read([&](InputItem&& item) {
      if (pipeline.stopped()) return;  // a worker failed: skip the rest, finish() rethrows
      bytes += text_size(item);
      batch->items.push_back(std::move(item));
      if (batch->items.size() >= options.batch_items || bytes >= options.batch_bytes) {
        pipeline.submit(std::move(batch));
        batch = std::make_unique<Batch>();
        bytes = 0;
      }
    });
    if (!batch->items.empty()) pipeline.submit(std::move(batch));
  } catch (...) {
    pipeline.finish();  // let the workers drain before the reader's error propagates
    throw;
  }
  pipeline.finish();
}

}  // namespace dateline
