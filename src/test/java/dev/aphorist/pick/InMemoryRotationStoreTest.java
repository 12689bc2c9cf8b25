package dev.aphorist.pick;

class InMemoryRotationStoreTest extends RotationStoreContractTest {

  @Override
  protected RotationStore newStore() {
    return new InMemoryRotationStore();
  }
}
