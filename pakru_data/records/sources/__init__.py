"""The published works that records cite, one module per topic."""
