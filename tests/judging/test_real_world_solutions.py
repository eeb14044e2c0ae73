"""Solutions as people paste them from LeetCode and LintCode must be judged as there."""

from __future__ import annotations


def test_accepted_method_solution(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, a: int, b: int) -> int:
                return a + b
    """))
    assert code == 0
    assert data["verdict"] == "AC"
    assert data["passed"] == data["total"] == 4
    assert data["failing_case"] is None


def test_module_level_function_with_snake_case_name(write_solution, run_json):
    code, data = run_json(write_solution("def add_two(a, b):\n    return a + b\n"))
    assert (code, data["verdict"]) == (0, "AC")


def test_last_solution_class_wins(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, a, b):
                return a - b

        class Solution:
            def add(self, a, b):
                return a + b
    """))
    assert data["verdict"] == "AC"


def test_last_solution_class_wins_even_when_wrong(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, a, b):
                return a + b

        class Solution:
            def add(self, a, b):
                return a * b
    """))
    assert (code, data["verdict"]) == (1, "WA")


def test_main_block_is_not_run_and_import_prints_are_harmless(write_solution, run_json):
    code, data = run_json(write_solution("""
        print("debugging at import")
        class Solution:
            def add(self, a, b):
                return a + b
        if __name__ == "__main__":
            raise SystemExit("the judge must not run this block")
    """))
    assert data["verdict"] == "AC"


def test_leetcode_names_are_available_without_import(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, a: int, b: int) -> int:
                values: List[int] = [a, b]
                counts = Counter(values)
                queue = deque(values)
                return sum(queue) + 0 * len(counts) + int(math.floor(0.5))
    """))
    assert data["verdict"] == "AC"


def test_lintcode_parameter_names_are_called_positionally(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, source, target):
                return source + target
    """))
    assert data["verdict"] == "AC"


def test_recursion_deeper_than_python_default_limit(write_solution, run_json):
    code, data = run_json(write_solution("""
        import sys
        class Solution:
            def add(self, a, b):
                def depth(n):
                    return 0 if n == 0 else 1 + depth(n - 1)
                return a + b + depth(50000) - 50000
    """))
    assert data["verdict"] == "AC", data["failing_case"]


def test_windows_editor_file_with_bom_and_crlf(tmp_path, run_json):
    path = tmp_path / "solution.py"
    path.write_bytes(b"\xef\xbb\xbfclass Solution:\r\n    def add(self, a, b):\r\n        return a + b\r\n")
    code, data = run_json(path, "--no-fuzz")
    assert (code, data["verdict"]) == (0, "AC")


def test_file_with_a_coding_declaration_is_read_in_its_encoding(tmp_path, run_json):
    # Python honours a PEP 263 declaration; so must the judge (a GBK file from a Chinese editor).
    path = tmp_path / "solution.py"
    path.write_bytes("# -*- coding: gbk -*-\n# 两数之和\nclass Solution:\n"
                     "    def add(self, a, b):\n        return a + b  # 返回和\n".encode("gbk"))
    code, data = run_json(path, "--no-fuzz")
    assert (code, data["verdict"]) == (0, "AC"), data["message"]


def test_non_utf8_file_without_a_declaration_is_pythons_own_syntax_error(tmp_path, run_json):
    path = tmp_path / "solution.py"
    path.write_bytes("# 两数之和\nclass Solution:\n    def add(self, a, b):\n        return a + b\n".encode("gbk"))
    code, data = run_json(path, "--no-fuzz")
    assert data["verdict"] == "CE" and "not UTF-8" in data["message"], data["message"]


def test_python2_print_is_a_compile_error_with_its_line(write_solution, run_json):
    code, data = run_json(write_solution('class Solution:\n    def add(self, a, b):\n        print "x"\n        return a + b\n'))
    assert data["verdict"] == "CE" and "line 3" in data["message"]


def test_thread_pool_solution_can_start_its_workers(write_solution, run_json):
    # The harness's own worker thread has a 512 MB stack; threads the solution starts
    # must not inherit that size, or a few of them exhaust the address-space limit.
    code, data = run_json(write_solution("""
        from concurrent.futures import ThreadPoolExecutor

        class Solution:
            def add(self, a, b):
                with ThreadPoolExecutor(max_workers=8) as pool:
                    parts = list(pool.map(lambda v: v, [a, b] * 4))
                return sum(parts) // 4
    """))
    assert data["verdict"] == "AC", data["message"]
