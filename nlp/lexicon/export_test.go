package lexicon

// ForgetListWords removes words a test added to a list, so the
// process-wide lists stay as built in for the next test.
func ForgetListWords(list string, words ...string) {
	lists.Lock()
	defer lists.Unlock()
	for _, w := range words {
		delete(lists.sets[list], w)
	}
}
