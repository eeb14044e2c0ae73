"""Reports of judging results: text for people, JSON for tools, JUnit XML and Markdown for CI."""
