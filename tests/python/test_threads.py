"""One Normalizer shared by many threads gives the same results as one
thread, whatever the interleaving (the GIL is released inside extract)."""

import json
import threading
import unittest
from concurrent.futures import ThreadPoolExecutor

import dateline
from support import ARTICLE, SILVER_NEWS

THREADS = 8


def corpus() -> list[dict]:
    """Silver news when present (a few hundred documents), else variations
    of the example article with different publication dates."""
    if SILVER_NEWS.exists():
        with open(SILVER_NEWS, encoding="utf-8") as f:
            return [json.loads(line) for _, line in zip(range(400), f)]
    text = ARTICLE.read_bytes().decode("utf-8")
    return [{"id": f"a{i}", "text": text, "pub_date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"} for i in range(200)]


class SharedNormalizer(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = corpus()
        cls.normalizer = dateline.Normalizer()
        cls.expected = [cls.normalizer.extract(d["text"], d["pub_date"], d.get("tz")) for d in cls.docs]
        assert sum(map(len, cls.expected)) > 100, "the corpus must have expressions for this test to mean anything"

    def run_threads(self, work):
        """Runs work(thread_index) on THREADS threads released together."""
        start = threading.Barrier(THREADS)

        def task(i):
            start.wait()
            return work(i)

        with ThreadPoolExecutor(THREADS) as pool:
            return list(pool.map(task, range(THREADS)))

    def test_extract_from_many_threads(self):
        def work(i):
            # Each thread walks the corpus from a different starting point.
            order = list(range(i, len(self.docs))) + list(range(i))
            return {k: self.normalizer.extract(self.docs[k]["text"], self.docs[k]["pub_date"], self.docs[k].get("tz"))
                    for k in order}

        for results in self.run_threads(work):
            self.assertEqual([results[k] for k in range(len(self.docs))], self.expected)

    def test_batches_from_many_threads(self):
        expected = self.normalizer.extract_documents(self.docs)
        for i, results in enumerate(self.run_threads(lambda i: self.normalizer.extract_documents(self.docs[i:] + self.docs[:i]))):
            self.assertEqual(results, expected[i:] + expected[:i])

    def test_other_threads_run_while_cpp_works(self):
        # With the GIL held through a batch, this thread could not run a
        # single bytecode until the batch returns; released, it spins the
        # whole time. Hundreds of thousands of spins cannot happen in the few
        # switch intervals around the call. The batch must last long enough
        # for that on a fast build and a busy machine (with three copies, the
        # faster matcher of the fourth session gave 188,722 spins under load).
        batch = self.docs * 20
        worker = threading.Thread(target=self.normalizer.extract_documents, args=(batch,))
        spins = 0
        worker.start()
        while worker.is_alive():
            spins += 1
        worker.join()
        self.assertGreater(spins, 200_000)

    def test_module_level_extract_from_many_threads(self):
        # dateline.extract compiles its shared Normalizer on first use; racing
        # first calls must all see one fully built Normalizer.
        doc = self.docs[0]
        for results in self.run_threads(lambda i: dateline.extract(doc["text"], doc["pub_date"], doc.get("tz"))):
            self.assertEqual(results, self.expected[0])


if __name__ == "__main__":
    unittest.main()
