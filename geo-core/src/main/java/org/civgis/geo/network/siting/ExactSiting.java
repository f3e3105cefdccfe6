package org.civgis.geo.network.siting;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The maximal covering problem solved with OR-Tools CP-SAT, within a time limit.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Model: x_j ∈ {0,1} per candidate, Σ x_j ≤ k; y_i ∈ {0,1} per coverable demand point, y_i ≤
 *       Σ_{j covers i} x_j; maximise Σ w_i·y_i. With capacities: z_ij ∈ {0,1} assigns point i to
 *       site j (z_ij ≤ x_j, Σ_j z_ij = y_i, Σ_i w_i·z_ij ≤ capacity_j).
 *   <li>Weights are scaled to integers at {@value #WEIGHT_SCALE} units per person (the solver works
 *       on integers); the reported values are scaled back.
 *   <li>{@link SitingSolution#optimal} is true when CP-SAT proved optimality; otherwise the best
 *       solution found and the solver's bound are reported. With no solution found in time the
 *       result has no sites and the bound.
 *   <li>Two workers (the machine has two cores), deterministic for a given input.
 * </ol>
 */
public final class ExactSiting {
  static final int WEIGHT_SCALE = 100;

  private ExactSiting() {}

  public static SitingSolution solve(SitingProblem problem, Duration timeLimit) {
    Loader.loadNativeLibraries();
    long started = System.nanoTime();
    int candidates = problem.candidates().size();
    double[] weights = problem.demandWeights();
    long[] scaled = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      scaled[i] = Math.round(weights[i] * WEIGHT_SCALE);
    }
    CpModel model = new CpModel();
    Literal[] x = new Literal[candidates];
    for (int j = 0; j < candidates; j++) {
      x[j] = model.newBoolVar("x" + j);
    }
    model.addLessOrEqual(LinearExpr.sum(x), problem.k());
    List<List<Integer>> coveredBy = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      coveredBy.add(new ArrayList<>());
    }
    for (int j = 0; j < candidates; j++) {
      for (int i : problem.coverable()[j]) {
        coveredBy.get(i).add(j);
      }
    }
    LinearExprBuilder objective = LinearExpr.newBuilder();
    boolean capacitated = problem.capacitated();
    List<List<Literal>> assignedTo = new ArrayList<>();
    List<List<Long>> assignedWeight = new ArrayList<>();
    for (int j = 0; j < candidates; j++) {
      assignedTo.add(new ArrayList<>());
      assignedWeight.add(new ArrayList<>());
    }
    for (int i = 0; i < weights.length; i++) {
      List<Integer> sites = coveredBy.get(i);
      if (sites.isEmpty() || scaled[i] == 0) {
        continue;
      }
      IntVar y = model.newBoolVar("y" + i);
      objective.addTerm(y, scaled[i]);
      if (!capacitated) {
        Literal[] covering = sites.stream().map(j -> x[j]).toArray(Literal[]::new);
        model.addLessOrEqual(y, LinearExpr.sum(covering));
      } else {
        Literal[] z = new Literal[sites.size()];
        for (int s = 0; s < sites.size(); s++) {
          int j = sites.get(s);
          z[s] = model.newBoolVar("z" + i + "_" + j);
          model.addImplication(z[s], x[j]);
          assignedTo.get(j).add(z[s]);
          assignedWeight.get(j).add(scaled[i]);
        }
        model.addEquality(LinearExpr.sum(z), y);
      }
    }
    if (capacitated) {
      for (int j = 0; j < candidates; j++) {
        double capacity = problem.capacity()[j];
        if (capacity < Double.POSITIVE_INFINITY && !assignedTo.get(j).isEmpty()) {
          long[] coefficients = assignedWeight.get(j).stream().mapToLong(Long::longValue).toArray();
          model.addLessOrEqual(
              LinearExpr.weightedSum(assignedTo.get(j).toArray(Literal[]::new), coefficients),
              (long) Math.floor(capacity * WEIGHT_SCALE));
        }
      }
    }
    model.maximize(objective);
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(2);
    solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0);
    solver.getParameters().setRandomSeed(1);
    CpSolverStatus status = solver.solve(model);
    long millis = (System.nanoTime() - started) / 1_000_000;
    double bound = solver.bestObjectiveBound() / WEIGHT_SCALE;
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return new SitingSolution(new int[0], 0, bound, false, "cp-sat", millis);
    }
    List<Integer> chosen = new ArrayList<>();
    for (int j = 0; j < candidates; j++) {
      if (solver.booleanValue(x[j])) {
        chosen.add(j);
      }
    }
    double value = solver.objectiveValue() / WEIGHT_SCALE;
    boolean optimal = status == CpSolverStatus.OPTIMAL;
    return new SitingSolution(
        chosen.stream().mapToInt(Integer::intValue).toArray(),
        value,
        optimal ? value : bound,
        optimal,
        "cp-sat",
        millis);
  }
}
