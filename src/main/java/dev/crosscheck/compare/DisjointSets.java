package dev.crosscheck.compare;

/**
 * Groups of indices joined pair by pair (union-find). The smaller root becomes the representative, so the
 * groups, and the order clusters are built in, do not depend on the order pairs are joined in.
 */
final class DisjointSets {

  private final int[] parent;

  DisjointSets(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  void union(int a, int b) {
    int rootA = find(a);
    int rootB = find(b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }

  /** The representative of {@code i}'s group (path halving keeps the trees flat). */
  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
