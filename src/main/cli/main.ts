// Placeholder CLI entry; replaced by the real CLI.
console.log('policy-lens');
